/**
 * One table of a document as an .xlsx workbook laid out as printed, for townships to fill in:
 * the title merged across the first row, header rows with their merges in 黑体, body rows in
 * 仿宋, blank rows of a fill-in form at their printed height, thin borders on every cell, column
 * widths in the table's proportions across the 版心 width, header rows repeated on each page.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ContentError } from '../diagnostics/diagnostic.js';
import { documentBlocks } from '../ir/document-blocks.js';
import type { OfficialDocument, Table, TableRow } from '../ir/types.js';
import { docxFontNames, gridMetrics, MM, profile, SIZE } from '../layout/gbt9704.js';
import { cellWidth } from '../text/cells.js';
import { DATA_EXTENSIONS, dataFileKey } from '../content/data-files.js';
import { loadNotice, type LoadOptions } from '../content/load-notice.js';
import { TASKS_FILE } from '../tasks/load-tasks.js';

export interface FoundTable {
  table: Table;
  /** How the clerk names it: 附件4, 附件4-2, or the data file's name. */
  label: string;
  /** Printed above the table: its attachment's title, else the document's. */
  title: string[];
  landscape: boolean;
}

export interface ExportedTable {
  label: string;
  /** A file name for the workbook when none is given: 附件4-登记表标题.xlsx. */
  fileName: string;
  bytes: Uint8Array;
}

/** The data file a table reads, by name (达标任务), from where its records are written. */
function dataName(t: Table): string | undefined {
  const file = t.data?.records[0]?.position.file.split('#')[0]?.split('/').pop();
  if (!file || file === TASKS_FILE || !DATA_EXTENSIONS.includes(path.extname(file).toLowerCase())) return undefined;
  return dataFileKey(file);
}

/** Every table of the document with the names a clerk can ask for it by. */
export function documentTableList(doc: OfficialDocument): (FoundTable & { dataName?: string })[] {
  let bodyTables = 0;
  return documentBlocks(doc).flatMap((g) => {
    const tables = g.blocks.filter((b): b is Table => b.type === 'table');
    const attachment = doc.attachments.find((a) => a.number === g.attachment);
    const title = attachment?.title ?? (g.blocks === doc.body ? doc.title : doc.enclosure?.title ?? doc.title);
    return tables.map((table, i) => {
      const name = dataName(table);
      const label = attachment ? `附件${attachment.number}${tables.length > 1 ? `-${i + 1}` : ''}` : (name ?? `正文表格${++bodyTables}`);
      return { table, label, title, landscape: Boolean(attachment?.landscape), ...(name ? { dataName: name } : {}) };
    });
  });
}

/** `附件4`, `附件4-2` (the second table of 附件4), or a data file's name (达标任务, 达标任务.csv). */
export function findTable(doc: OfficialDocument, which: string, file: string): FoundTable {
  const list = documentTableList(doc);
  const wanted = which.trim();
  const attachment = /^附件(\d+)$/.exec(wanted);
  const found =
    list.find((t) => t.label === wanted) ??
    (attachment ? list.find((t) => t.label === `${wanted}-1`) : undefined) ??
    list.find((t) => t.dataName !== undefined && t.dataName === dataFileKey(wanted));
  if (found) return found;
  const names = list.map((t) => (t.dataName && t.dataName !== t.label ? `${t.label}（${t.dataName}）` : t.label));
  throw new ContentError([
    {
      file,
      line: 1,
      column: 1,
      rule: 'export-table',
      severity: 'error',
      message: `找不到表格“${which}”。`,
      hint: names.length
        ? `写附件序号（如 附件4；一个附件里有几张表时写 附件4-2）或表格的数据文件名（如 达标任务）。本文的表格有：${names.join('、')}。`
        : '本文没有表格。',
    },
  ]);
}

const textOf = (paragraphs: TableRow['cells'][number]['paragraphs']) => paragraphs.map((p) => p.map((r) => r.text).join('')).join('\n');

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Excel's column width unit: one digit of the default 11 pt Calibri, 7 px at 96 dpi. */
const EXCEL_WIDTH_UNIT_MM = (7 / 96) * 25.4;

/** Years since 1980, month and day in the MS-DOS date a zip entry records. */
const dosDate = (y: number, m: number, d: number) => ((y - 1980) << 9) | (m << 5) | d;

/**
 * exceljs (through JSZip) stamps every zip entry with the time of writing; stamping them with
 * the document's date makes the same input give the same bytes.
 */
function stampZip(bytes: Uint8Array, date: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let i = 0; i < entries && view.getUint32(p, true) === 0x02014b50; i++) {
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

export interface WorkbookInfo {
  title: string[];
  sheetName: string;
  landscape: boolean;
  date: { year: number; month: number; day: number };
  author: string;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
const sheetNameOf = (name: string) => name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1';

export async function tableWorkbook(table: Table, info: WorkbookInfo): Promise<Uint8Array> {
  const orientation = info.landscape ? 'landscape' : 'portrait';
  const grid = gridMetrics(profile, orientation);
  const columns = table.columnWidths.length;
  const sum = table.columnWidths.reduce((a, b) => a + b, 0);
  const widthsMm = table.columnWidths.map((w) => (w / sum) * (grid.blockWidth / MM));
  const size = profile.table.size;
  const charMm = size / MM;
  const font = (role: 'fangsong' | 'heiti' | 'xiaobiaosong', pt: number): Partial<ExcelJS.Font> => ({ name: docxFontNames[role], size: pt });

  const wb = new ExcelJS.Workbook();
  const created = new Date(Date.UTC(info.date.year, info.date.month - 1, info.date.day));
  wb.created = created;
  wb.modified = created;
  wb.creator = info.author;
  wb.lastModifiedBy = info.author;
  const ws = wb.addWorksheet(sheetNameOf(info.sheetName), {
    pageSetup: { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  ws.columns = widthsMm.map((w) => ({ width: Number((w / EXCEL_WIDTH_UNIT_MM).toFixed(2)) }));

  const title = ws.getRow(1);
  title.getCell(1).value = info.title.join('\n');
  title.getCell(1).font = font('xiaobiaosong', SIZE.erhao);
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  title.height = info.title.length * SIZE.erhao * 1.5;
  if (columns > 1) ws.mergeCells(1, 1, 1, columns);

  const first = 2;
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  // Covered places: a cell spanning rows is absent from the rows below it in the model.
  const taken: boolean[][] = table.rows.map(() => []);
  const lines: number[] = table.rows.map(() => 1);
  table.rows.forEach((r, i) => {
    const rowNumber = first + i;
    const row = ws.getRow(rowNumber);
    const role = r.kind === 'body' ? 'fangsong' : 'heiti';
    for (let col = 0; col < columns; col++) {
      const cell = row.getCell(col + 1);
      cell.border = border;
      cell.font = font(role, size);
    }
    let col = 0;
    for (const c of r.cells) {
      while (taken[i]![col]) col++;
      for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) (taken[i + dr] ??= [])[col + dc] = true;
      const text = textOf(c.paragraphs);
      const cell = row.getCell(col + 1);
      // Numbers stay numbers, so a township's figures add up in Excel and read back as numbers.
      cell.value = r.kind !== 'header' && NUMBER.test(text) ? Number(text) : text === '' ? null : text;
      cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: true };
      if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(rowNumber, col + 1, rowNumber + c.rowSpan - 1, col + c.colSpan);
      const width = widthsMm.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0) - 2 * profile.table.paddingMm;
      const perLine = Math.max(1, Math.floor(width / charMm));
      const needed = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(cellWidth(l) / perLine)), 0);
      // A cell spanning rows shares its lines among them.
      lines[i] = Math.max(lines[i]!, Math.ceil(needed / c.rowSpan));
      col += c.colSpan;
    }
    // Excel does not fit wrapped rows on opening; the height is set from the printed line count.
    row.height = Math.min(409, Math.max(lines[i]!, r.minLines ?? 0) * grid.linePitch);
  });
  const headerRows = table.rows.filter((r) => r.kind === 'header').length;
  if (headerRows) ws.pageSetup.printTitlesRow = `${first}:${first + headerRows - 1}`;
  const buffer = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buffer as ArrayBuffer), dosDate(info.date.year, info.date.month, info.date.day));
}

/** Loads the document in `folder` and lays out the table `which` (see findTable) as a workbook. */
export async function exportTable(folder: string, which: string, opts: LoadOptions = {}): Promise<ExportedTable> {
  const { document: doc } = loadNotice(folder, opts);
  const root = opts.displayRoot ?? path.dirname(path.resolve(folder));
  const found = findTable(doc, which, path.relative(root, folder).split(path.sep).join('/') || '.');
  const title = found.title.join('');
  const bytes = await tableWorkbook(found.table, {
    title: found.title,
    sheetName: found.label,
    landscape: found.landscape,
    date: doc.signature.date,
    author: doc.meta.author,
  });
  return { label: found.label, fileName: `${found.label}-${title}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'), bytes };
}
