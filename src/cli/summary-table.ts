/** The table a multi-document build ends with, its columns padded by terminal width (a Chinese character takes two). */
import { isWide } from '../text/cells.js';

export interface SummaryRow {
  document: string;
  /** Formats written, or empty when nothing was written. */
  formats: string[];
  pages?: number;
  warnings: number;
  errors: number;
  /** Font roles the PDF drew with a substitute. */
  substituted: number;
}

const columns = (text: string) => [...text].reduce((w, ch) => w + (isWide(ch) ? 2 : 1), 0);
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));

export function formatSummary(rows: SummaryRow[]): string {
  const head = ['文档', '生成', '页数', '警告', '错误', '替代字体'];
  const body = rows.map((r) => [
    r.document,
    r.formats.length ? r.formats.join(',') : '未生成',
    r.pages === undefined ? '-' : String(r.pages),
    String(r.warnings),
    String(r.errors),
    r.formats.includes('pdf') ? String(r.substituted) : '-',
  ]);
  const widths = head.map((h, i) => Math.max(columns(h), ...body.map((b) => columns(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}
