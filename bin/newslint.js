#!/usr/bin/env node
import v8 from 'node:v8';

// V8 first runs a regular expression in its interpreter and compiles it on a later run; chrono's date patterns are
// large, so a one-article run spent more on that double work than on linting. Compiling them once is cheaper.
v8.setFlagsFromString('--no-regexp-tier-up');

await import('../dist/cli.js');
