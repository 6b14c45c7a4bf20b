export interface Point {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number;
}

/** Maps offsets to 1-based line/column. A line ends at "\n", "\r\n" or a lone "\r". */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[line]! - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset just past a 1-based line including its line break. */
  lineEndWithBreak(line: number): number {
    return line < this.starts.length ? this.starts[line]! : this.text.length;
  }

  offset(point: Point): number {
    return Math.min(this.lineStart(point.line) + point.column - 1, this.text.length);
  }
}
