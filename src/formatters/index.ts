import type { Formatter } from './result.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { unix } from './unix.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export const formatters: Record<string, Formatter> = { stylish, json, unix, sarif, github };
