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
  /** "story" for a rule that compares the articles of one story (a StoryRule); absent for a rule that reads one article. */
  scope?: 'story';
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

/** One article of a story, as story rules see it. */
export interface StoryArticle {
  /** The path reports name it by (related locations in other articles cite it). */
  filePath: string;
  article: Article;
}

/** A place in one of the story's articles, by the article's position in `StoryRuleContext.articles`. */
export interface StoryLocation {
  article: number;
  message: string;
  start: number;
  end: number;
}

/** What a story rule hands to `context.report`: offsets are into the text of the article it reports into. */
export interface StoryReport {
  message: string;
  start: number;
  end: number;
  /** The places in the other articles that disagree (or in the same article, with its own index). */
  related: StoryLocation[];
  /** Lowers or raises the configured severity for this one finding (e.g. a looser match). */
  severity?: Severity;
}

/** One fact of the story with the value each article gives it, for the summary table. */
export interface StoryFact {
  /** What the row is about: "attacks in Iraq", "Mohammed Shia al-Sudani". */
  label: string;
  /** Which rule compared it. */
  ruleId: string;
  /** The value each article states, by article position; undefined where it states none or its value cannot be compared. */
  values: (string | undefined)[];
  /** Positions of the articles that hold a minority value and were reported. */
  disagreeing: number[];
}

export interface StoryRuleContext {
  /** Every article of the story, in argument order (ties between values go against the later article). */
  readonly articles: readonly StoryArticle[];
  readonly options: Readonly<Record<string, unknown>>;
  /** Reports a finding into the article at position `into`. */
  report(into: number, report: StoryReport): void;
  /** Adds a row to the story's summary table. */
  tabulate(fact: Omit<StoryFact, 'ruleId'>): void;
}

/** A rule that compares the articles of one story (`newslint --story`, or a "stories" group in .lintrc.json). */
export interface StoryRule {
  meta: RuleMeta & { scope: 'story' };
  check(context: StoryRuleContext): void;
}

/** A rule of either kind: what configuration, presets, --list-rules and reports need to know. */
export type AnyRule = Rule | StoryRule;
