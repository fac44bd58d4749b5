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

/** Line and column (1-based, code points) of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
