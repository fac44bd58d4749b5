/**
 * Tables: <colgroup> widths in the model's proportions, header rows in <thead> (repeated on
 * every printed page), body and total rows in <tbody>. Inside a wrapper that scrolls on a
 * narrow screen. Everything from the model is escaped or reduced to a known class or integer.
 */
import type { CellAlign, Table, TableCell, TableRow } from '../../ir/types.js';
import { renderInlines } from './blocks.js';
import { escapeHtml } from './escape.js';
import { num } from './units.js';

/** Cells are centred by default (CSS); the other alignments are classes. */
const ALIGN_CLASS: Record<CellAlign, string | undefined> = { left: 'gw-left', center: undefined, right: 'gw-right' };

/** Class of a row's minimum height, `gw-lines-N`; CSS for each N used comes from `tableLineCounts`. */
export const linesClass = (n: number): string => `gw-lines-${n}`;

/** A span or line count from the model as an attribute: a whole number above 1, or nothing. */
const whole = (n: number): number | undefined => (Number.isInteger(n) && n > 1 ? n : undefined);

/** The minLines values of these tables' rows, each once, in ascending order. */
export function tableLineCounts(tables: readonly Table[]): number[] {
  const counts = tables.flatMap((t) => t.rows.map((r) => whole(r.minLines ?? 0))).filter((n): n is number => n !== undefined);
  return [...new Set(counts)].sort((a, b) => a - b);
}

/** Column widths as percentages of the table; a bad weight (negative, NaN) counts as zero. */
function columnPercents(weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  return clean.map((w) => (sum > 0 ? (w / sum) * 100 : 100 / clean.length));
}

function cell(c: TableCell, tag: 'th' | 'td'): string {
  const attrs: string[] = [];
  if (tag === 'th') attrs.push('scope="col"');
  const rows = whole(c.rowSpan);
  const cols = whole(c.colSpan);
  if (rows) attrs.push(`rowspan="${escapeHtml(rows)}"`);
  if (cols) attrs.push(`colspan="${escapeHtml(cols)}"`);
  // Only the known alignments become a class; anything else keeps the centred default.
  const align = Object.hasOwn(ALIGN_CLASS, c.align) ? ALIGN_CLASS[c.align] : undefined;
  if (align) attrs.push(`class="${align}"`);
  const paras = c.paragraphs.map(renderInlines);
  const body = paras.length > 1 ? paras.map((p) => `<p>${p}</p>`).join('') : (paras[0] ?? '');
  return `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${body}</${tag}>`;
}

function row(r: TableRow): string {
  const classes = [r.kind === 'total' ? 'gw-total' : '', whole(r.minLines ?? 0) ? linesClass(r.minLines!) : ''].filter(Boolean);
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  const tag = r.kind === 'header' ? 'th' : 'td';
  return `<tr${cls}>${r.cells.map((c) => cell(c, tag)).join('')}</tr>`;
}

export function renderTable(t: Table): string {
  const cols = columnPercents(t.columnWidths).map((w) => `<col style="width: ${num(w)}%">`);
  const head = t.rows.filter((r) => r.kind === 'header');
  const body = t.rows.filter((r) => r.kind !== 'header');
  return [
    '<div class="gw-table-wrap">',
    '<table class="gw-table">',
    `<colgroup>${cols.join('')}</colgroup>`,
    head.length ? `<thead>\n${head.map(row).join('\n')}\n</thead>` : '',
    body.length ? `<tbody>\n${body.map(row).join('\n')}\n</tbody>` : '',
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}
