import type { Diagnostic } from '../diagnostic.js';

/** A JSON array of {file, line, column, rule, severity, message, hint}. */
export function formatJson(list: Diagnostic[]): string {
  return JSON.stringify(
    list.map(({ file, line, column, rule, severity, message, hint }) => ({ file, line, column, rule, severity, message, hint: hint ?? '' })),
    null,
    2,
  );
}
