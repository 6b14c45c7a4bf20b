import type { Article } from './article/article.js';

/** Severity as written in configuration. */
export type SeverityName = 'off' | 'info' | 'warn' | 'error';
/** Severity of a reported diagnostic (never "off"). */
export type Severity = Exclude<SeverityName, 'off'>;

export type RuleCategory = 'dates' | 'consistency' | 'sourcing' | 'stale' | 'debris' | 'ai' | 'core';

/** A replacement of the source range [start, end) (offsets into the article text) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Another place a finding refers to (the other line of a conflict, another file in story mode). */
export interface RelatedLocation {
  message: string;
  /** Absent when the location is in the same file. */
  filePath?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based line and column (UTF-16 code units), end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the text as read (a BOM excluded). */
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
}

/** What a rule hands to `context.report`. Offsets are into `article.text`. */
export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Other places in the same article, by offset. */
  related?: { message: string; start: number; end: number }[];
  /** Lowers or raises the configured severity for this one finding (e.g. a quoted phrase). */
  severity?: Severity;
}

/** Declarative description of one rule option; enough to validate config and to generate the JSON Schema. */
export type OptionSpec =
  | { type: 'integer' | 'number'; description: string; default: number; minimum?: number; maximum?: number }
  | { type: 'boolean'; description: string; default: boolean }
  | { type: 'string'; description: string; default: string; enum?: string[] }
  | { type: 'string[]'; description: string; default: string[] };

export interface RuleMeta {
  id: string;
  description: string;
  category: RuleCategory;
  severity: Severity;
  /** Part of newslint:recommended. Every rule is part of newslint:all. */
  recommended: boolean;
  fixable: boolean;
  /** Path of the rule's documentation page, relative to the package root. */
  docs: string;
  options?: Record<string, OptionSpec>;
}

/** Settings that come from configuration rather than from one rule's options. */
export interface SharedSettings {
  /** Extra data sources configured in .lintrc.json, resolved to absolute paths. */
  knowledge?: string[];
  archive?: { db: string };
}

export interface RuleContext {
  readonly article: Article;
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: Readonly<SharedSettings>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
