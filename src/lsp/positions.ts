import type { Position, Range } from 'vscode-languageserver';
import { stripBom } from '../engine/lint.js';
import { LineIndex } from '../text/line-index.js';

/**
 * Converts newslint positions (1-based lines and columns in UTF-16 code units, offsets into the text without its BOM)
 * to LSP positions (0-based, UTF-16) in the document as the editor holds it, BOM included if it has one.
 */
export class DocumentPositions {
  /** The text newslint linted: the document without a leading BOM. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Code units before the linted text on the first line (1 when the document keeps its BOM). */
  private readonly shift: number;

  constructor(documentText: string) {
    this.text = stripBom(documentText);
    this.shift = documentText.length - this.text.length;
    this.lines = new LineIndex(this.text);
  }

  position(line: number, column: number): Position {
    return { line: line - 1, character: column - 1 + (line === 1 ? this.shift : 0) };
  }

  at(offset: number): Position {
    const point = this.lines.point(offset);
    return this.position(point.line, point.column);
  }

  range(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(end) };
  }
}

/** True when two ranges overlap or touch (a cursor at either end of a diagnostic counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
