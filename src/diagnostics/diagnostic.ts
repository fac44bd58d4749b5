/**
 * A problem in a clerk's input, modelled on vfile-message: where (file, line, column),
 * which rule, how bad, what is wrong and how to fix it — all in Chinese.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in code points. */
  column: number;
  /** Stable id, e.g. "yaml-syntax", "schema", "missing-file", "template-unknown-variable". */
  rule: string;
  severity: Severity;
  /** What is wrong (without the location, which is printed separately). */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Thrown for bad input: carries every diagnostic found so far; the CLI prints them and exits 1. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

export function isContentError(e: unknown): e is ContentError {
  return e instanceof ContentError;
}

/** Line starts of the text last asked about: loaders ask for many positions in one file. */
let indexed: { text: string; starts: number[] } | undefined;

/** Line and column (1-based, code points) of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  if (indexed?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    indexed = { text, starts };
  }
  const { starts } = indexed;
  const end = Math.min(offset, text.length);
  // The last line start at or before `end`.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= end) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: [...text.slice(starts[lo], end)].length + 1 };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
