/**
 * 版记: 抄送, 印发机关 with 印发日期, 印数, between 0.35 mm outer and 0.25 mm inner rules (CSS
 * borders). A 信函's 版记 is the 抄送 line alone, without rules.
 */
import type { Colophon, LetterColophon } from '../../ir/types.js';
import { formatDate } from '../../text/format-date.js';
import { escapeHtml } from './escape.js';

export function renderColophon(c: Colophon | LetterColophon): string {
  const rows: string[] = [];
  if (c.copyTo?.length) {
    const list = `${c.copyTo.join('，')}。`;
    rows.push(`<p class="gw-copy-to"><span class="gw-copy-to-label">抄送：</span><span class="gw-copy-to-list">${escapeHtml(list)}</span></p>`);
  }
  if (c.kind === 'letter') return rows.length ? `<footer class="gw-colophon gw-colophon-letter">\n${rows.join('\n')}\n</footer>` : '';
  rows.push(
    `<p class="gw-print-line"><span class="gw-printer">${escapeHtml(c.printer)}</span>` +
      `<span class="gw-print-date">${escapeHtml(formatDate(c.printDate))}印发</span></p>`,
  );
  if (c.copies !== undefined) rows.push(`<p class="gw-copies">（共印${escapeHtml(c.copies)}份）</p>`);
  return `<footer class="gw-colophon">\n${rows.join('\n')}\n</footer>`;
}
