/**
 * An .xlsx data file → records, as a CSV would give them. Title rows above the table are skipped
 * (the header is the first row mostly filled with text by at least two cells or merges); a merged
 * cell counts as written in every cell it covers; merged header cells make a multi-level header,
 * whose columns are named by their lowest level (or, where two share that name, by all levels
 * joined with “/”). Numbers stay numbers, dates become yyyy-mm-dd, formulas give their saved result.
 */
import { ContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../ir/types.js';
import type { DataFile, DataRecord, DataValue } from '../content/data-files.js';
import { loadWorkbook, type Sheet } from './load-workbook.js';

/** Separator between the levels of a multi-level header in a column's name. */
export const HEADER_LEVEL_SEPARATOR = '/';

function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

type Converted = { value: DataValue } | { problem: string; hint: string };

/** One exceljs cell value as data; `typed` turns text that is a plain number into a number, as in a CSV. */
function convert(value: unknown, numFmt: string | undefined, typed: (t: string) => DataValue): Converted {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number') {
    // A percent is stored as a fraction; the table's 百分比 column reads “30%”.
    if (numFmt?.includes('%')) return { value: `${Number((value * 100).toPrecision(12))}%` };
    return { value };
  }
  if (typeof value === 'string') return { value: typed(value) };
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE' };
  // exceljs reads dates as UTC midnights.
  if (value instanceof Date) return { value: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  const v = value as { richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string; result?: unknown };
  if (v.richText) return { value: typed(v.richText.map((r) => r.text).join('')) };
  if (v.error) return { problem: `是错误值 ${v.error}`, hint: '在 Excel 或 WPS 里改正这一格（或它的公式引用的单元格），保存后再检查。' };
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    if (v.result === undefined || v.result === null) {
      return { problem: `是公式“=${v.formula ?? v.sharedFormula}”，文件里没有保存它的计算结果`, hint: '用 Excel 或 WPS 打开这个文件再保存一次（保存时会算出并存下公式的结果），或把公式换成数值。' };
    }
    return convert(v.result, numFmt, typed);
  }
  // A hyperlink: its shown text.
  if (v.text !== undefined) return convert(v.text, numFmt, typed);
  return { value: typed(String(value)) };
}

/** Header text: line breaks typed with Alt+Enter only lay the header out, so the lines are joined. */
const headerText = (v: DataValue) => String(v).split(/\r?\n/).map((l) => l.trim()).join('');

interface Grid {
  /** Value of every cell, a merged range's in each cell it covers. */
  at(row: number, col: number): DataValue;
  /** The written cell a covered cell takes its value from. */
  origin(row: number, col: number): [number, number];
  rows: number[];
  width: number;
}

/**
 * Reads the sheets of a workbook. The first visible sheet is `name`; every other sheet with
 * anything in it is `name#工作表名`. `fieldNames` maps a column's header, levels joined with
 * “/”, to the field a table block reads it as (its 字段), so a table exported as printed reads back.
 */
export function readXlsx(bytes: Uint8Array, file: string, name: string, typed: (t: string) => DataValue, fieldNames: ReadonlyMap<string, string> = new Map()): DataFile[] {
  const book = loadWorkbook(bytes);
  if ('error' in book) {
    throw new ContentError([
      {
        file,
        line: 1,
        column: 1,
        rule: 'xlsx-read',
        severity: 'error',
        message: '无法读取这个 Excel 文件：它不是 .xlsx 格式，或者加了密码、已经损坏。',
        hint: '用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”；不要加密码。旧的 .xls 文件也要另存为 .xlsx。',
      },
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const out: DataFile[] = [];
  book.sheets.forEach((sheet, i) => {
    if (i > 0 && sheet.cells.length === 0) return;
    // Values of a later sheet are located in 文件名.xlsx#工作表名, as a check's message does not name the sheet.
    const shown = i === 0 ? file : `${file}#${sheet.name}`;
    out.push({ ...readSheet(sheet, file, shown, typed, fieldNames, diagnostics), name: i === 0 ? name : `${name}#${sheet.name}`, sheet: sheet.name });
  });
  if (diagnostics.length) throw new ContentError(diagnostics);
  return out;
}

/** `file` locates the reader's own errors, whose messages name the sheet; `shown` locates the values. */
function readSheet(sheet: Sheet, file: string, shown: string, typed: (t: string) => DataValue, fieldNames: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): Omit<DataFile, 'name'> {
  const where = (row: number, col: number) => `工作表“${sheet.name}”${cellAddress(row, col)}`;
  const values = new Map<string, DataValue>();
  for (const c of sheet.cells) {
    const r = convert(c.value, c.numFmt, typed);
    if ('problem' in r) diagnostics.push({ file, line: c.row, column: c.col, rule: 'xlsx-value', severity: 'error', message: `${where(c.row, c.col)} ${r.problem}。`, hint: r.hint });
    else if (r.value !== '') values.set(`${c.row},${c.col}`, r.value);
  }
  const mergeAt = (row: number, col: number) => sheet.merges.find(([t, l, b, r]) => row >= t && row <= b && col >= l && col <= r);
  const grid: Grid = {
    origin: (row, col) => {
      const m = mergeAt(row, col);
      return m ? [m[0], m[1]] : [row, col];
    },
    at: (row, col) => values.get(grid.origin(row, col).join(',')) ?? '',
    rows: [],
    width: 0,
  };
  const used = new Set<number>();
  for (const key of values.keys()) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    used.add(row);
    grid.width = Math.max(grid.width, col);
  }
  for (const [t, l, b, r] of sheet.merges) {
    if (!values.has(`${t},${l}`)) continue;
    for (let row = t; row <= b; row++) used.add(row);
    grid.width = Math.max(grid.width, r);
  }
  grid.rows = [...used].sort((a, b) => a - b);

  const head = grid.rows.find((r) => isHeaderRow(grid, r, mergeAt));
  if (head === undefined) return { file: shown, fields: [], records: [] };
  const last = headerEnd(grid, head, sheet.merges);
  const columns = columnNames(grid, head, last, fieldNames);

  const records: DataRecord[] = [];
  for (const row of grid.rows.filter((r) => r > last)) {
    const record: DataRecord = { values: {}, positions: {}, position: { file: shown, line: row, column: 1 } };
    for (let col = 1; col <= grid.width; col++) {
      const field = columns[col - 1];
      const v = grid.at(row, col);
      const [oRow, oCol] = grid.origin(row, col);
      const position: SourcePosition = { file: shown, line: oRow, column: oCol };
      if (field === undefined) {
        // A merged cell reaching past the header is one value already read under a named column.
        if (v !== '' && oRow === row && oCol === col) {
          diagnostics.push({ file, line: row, column: col, rule: 'xlsx-columns', severity: 'error', message: `${where(row, col)}“${v}”在表头之外：这一列没有列名。`, hint: '删去多余的单元格，或在表头补上列名。' });
        }
        continue;
      }
      record.values[field] = v;
      record.positions[field] = position;
    }
    records.push(record);
  }
  return { file: shown, fields: columns.filter((c): c is string => c !== undefined), records };
}

/** Mostly text, in at least two separate cells: a merged title spanning the table is one cell. */
function isHeaderRow(grid: Grid, row: number, mergeAt: (row: number, col: number) => [number, number, number, number] | undefined): boolean {
  let texts = 0;
  const pieces = new Set<string>();
  for (let col = 1; col <= grid.width; col++) {
    const v = grid.at(row, col);
    if (typeof v !== 'string' || v.trim() === '') continue;
    texts++;
    pieces.add(mergeAt(row, col)?.join(',') ?? `${row},${col}`);
  }
  return texts * 2 >= grid.width && (pieces.size >= 2 || grid.width === 1);
}

/**
 * The header's last row: a header cell merged downwards reaches it, and a header cell merged
 * across columns has its lower level in the row below.
 */
function headerEnd(grid: Grid, head: number, merges: readonly [number, number, number, number][]): number {
  const lastRow = grid.rows[grid.rows.length - 1] ?? head;
  let end = head;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [t, l, b, r] of merges) {
      if (t < head || t > end) continue;
      const reach = Math.min(lastRow, Math.max(b, r > l && b === end ? end + 1 : end));
      if (reach > end) {
        end = reach;
        changed = true;
      }
    }
  }
  return end;
}

/** A name per column (undefined: no header text): its lowest level, unless two columns share it. */
function columnNames(grid: Grid, head: number, last: number, fieldNames: ReadonlyMap<string, string>): (string | undefined)[] {
  const levels: string[][] = [];
  for (let col = 1; col <= grid.width; col++) {
    const list: string[] = [];
    for (let row = head; row <= last; row++) {
      const t = headerText(grid.at(row, col));
      if (t !== '' && t !== list[list.length - 1]) list.push(t);
    }
    levels.push(list);
  }
  const leafCount = new Map<string, number>();
  for (const l of levels) if (l.length) leafCount.set(l[l.length - 1]!, (leafCount.get(l[l.length - 1]!) ?? 0) + 1);
  return levels.map((l) => {
    if (!l.length) return undefined;
    const full = l.join(HEADER_LEVEL_SEPARATOR);
    const leaf = l[l.length - 1]!;
    return fieldNames.get(full) ?? (leafCount.get(leaf)! > 1 ? full : leaf);
  });
}
