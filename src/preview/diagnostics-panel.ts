/**
 * The `check` diagnostics as preview HTML: a panel listing them, each carrying the text of the
 * source line it points at so the page script can find the rendered element made from that line.
 */
import path from 'node:path';
import { readText } from '../content/read-text.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CONTENT_SECURITY_POLICY } from '../render/html/build.js';
import { escapeHtml } from '../render/html/escape.js';
import { pageClosing, pageOpening } from '../render/html/page.js';

export interface SourcedDiagnostic extends Diagnostic {
  /** The text of line `line` of `file`, when the file could be read. */
  source?: string;
}

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** Diagnostics name files relative to `displayRoot`; each file is read once. */
export function withSourceLines(list: readonly Diagnostic[], displayRoot: string): SourcedDiagnostic[] {
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) {
      try {
        lines.set(file, readText(path.resolve(displayRoot, file)).split(/\r?\n/));
      } catch {
        lines.set(file, undefined); // a folder (missing index.md) or a file that is gone
      }
    }
    return lines.get(file);
  };
  return list.map((d) => {
    const source = linesOf(d.file)?.[d.line - 1];
    return source?.trim() ? { ...d, source } : { ...d };
  });
}

function summary(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  return list.length ? `检查发现 ${errors} 处错误、${list.length - errors} 处警告` : '检查未发现问题';
}

/** `inline`: part of the page's flow (the page shown when nothing could be rendered) instead of floating over the document. */
export function diagnosticsPanel(list: readonly SourcedDiagnostic[], opts: { inline?: boolean } = {}): string {
  const items = list.map((d) => {
    const data = [
      `data-line="${d.line}"`,
      `data-column="${d.column}"`,
      d.source !== undefined ? `data-source="${escapeHtml(d.source)}"` : '',
    ].filter(Boolean);
    return [
      `<li class="gwp-diag gwp-${d.severity}" ${data.join(' ')}>`,
      `<span class="gwp-where">${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</span> `,
      `<span class="gwp-severity">${SEVERITY[d.severity]}</span> `,
      `<span class="gwp-message">${escapeHtml(d.message)}</span> `,
      `<span class="gwp-rule">[${escapeHtml(d.rule)}]</span>`,
      d.hint ? `<div class="gwp-hint">${escapeHtml(d.hint)}</div>` : '',
      '</li>',
    ].join('');
  });
  return [
    `<details id="gwp-panel" class="gwp-panel${opts.inline ? ' gwp-inline' : ''}"${list.length ? ' open' : ''}>`,
    `<summary>${summary(list)}</summary>`,
    items.length ? `<ol>\n${items.join('\n')}\n</ol>` : '',
    '</details>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** What is served when the folder could not be loaded: a frame for the (inline) panel of diagnostics. */
export function problemsPage(): string {
  return pageClosing([
    ...pageOpening({ csp: CONTENT_SECURITY_POLICY, author: 'gongwen', title: '无法预览：内容有错误', css: '', bodyClass: 'gwp-problems' }),
    '<h1>无法预览：内容有错误</h1>',
    '<p>改正下列问题并保存，这个页面会自动更新。</p>',
  ]);
}
