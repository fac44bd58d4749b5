import type { Diagnostic } from '../diagnostic.js';

const label = { error: '错误', warning: '警告' } as const;

/** `file:line:col  级别  message  [rule]`, with the hint indented on the next line. */
export function formatPretty(list: Diagnostic[]): string {
  return list
    .map((d) => {
      const head = `${d.file}:${d.line}:${d.column}  ${label[d.severity]}  ${d.message}  [${d.rule}]`;
      return d.hint ? `${head}\n    ${d.hint}` : head;
    })
    .join('\n');
}
