/**
 * Table data kept next to a document: every .csv, .yaml, .yml and .xlsx file in its folder is a
 * list of records (except tasks.yaml), named by its file name without extension (达标任务.csv → 达标任务).
 * Templates see them as 表.<name>; table blocks cite them by file name. An .xlsx's first sheet
 * has the file's name, its other sheets `名称#工作表名`. Every value keeps its line and column
 * (an .xlsx cell's row and column) so a check can point at the very cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../ir/types.js';
import { parse as parseYaml } from 'yaml';
import { readLocatedYaml } from './front-matter.js';
import { readText } from './read-text.js';
import { TASKS_FILE } from '../tasks/load-tasks.js';
import { readXlsx } from '../spreadsheet/read-xlsx.js';
import { headerFieldNames } from '../spreadsheet/header-fields.js';

export type DataValue = string | number;

export interface DataRecord {
  values: Record<string, DataValue>;
  /** Where each field's value is written. */
  positions: Record<string, SourcePosition>;
  position: SourcePosition;
}

export interface DataFile {
  name: string;
  /** As shown to the clerk. */
  file: string;
  /** Field names in the order of the file's header (CSV, .xlsx) or first appearance (YAML). */
  fields: string[];
  records: DataRecord[];
  /** The worksheet an .xlsx file's records come from. */
  sheet?: string;
}

export const DATA_EXTENSIONS = ['.csv', '.yaml', '.yml', '.xlsx'];

/** A data file's name as cited: 达标任务.xlsx#汇总 → 达标任务#汇总, 达标任务.csv → 达标任务. */
export function dataFileKey(cited: string): string {
  const [file = '', sheet] = cited.split(/#(.*)/s);
  const name = file.replace(/\.(csv|ya?ml|xlsx)$/i, '');
  return sheet === undefined ? name : `${name}#${sheet}`;
}

/**
 * The folder's data files by name. A lookup takes the name as a table block cites it, with or
 * without extension, and `文件名#工作表名` of an .xlsx's first sheet finds that sheet too.
 */
export class DataFiles extends Map<string, DataFile> {
  override get(cited: string): DataFile | undefined {
    const key = dataFileKey(cited);
    const found = super.get(key);
    if (found) return found;
    const [name = '', sheet] = key.split(/#(.*)/s);
    const first = super.get(name);
    return sheet !== undefined && first?.sheet === sheet ? first : undefined;
  }

  override has(cited: string): boolean {
    return this.get(cited) !== undefined;
  }
}

/** A plain integer or decimal in a cell becomes a number (求和 can add it); anything else stays text. */
export function typed(text: string): DataValue {
  const t = text.trim();
  return /^-?(0|[1-9]\d*)(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** csv-parse's error codes, in the clerk's words. */
const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'CSV 文件里有一个英文双引号没有配对，从这一行起的内容都被当成了一个单元格。',
  CSV_INVALID_CLOSING_QUOTE: 'CSV 文件里一个单元格的右引号后面紧跟着别的字符。',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'CSV 文件里一个单元格的右引号后面紧跟着别的字符。',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'CSV 文件这一行的列数与表头不同。',
};

function readCsv(text: string, file: string, name: string): DataFile {
  const source = text.replace(/^\uFEFF/, '');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(source, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    throw new ContentError([
      {
        file,
        line: err.lines ?? 1,
        column: 1,
        rule: 'csv-syntax',
        severity: 'error',
        message: CSV_MESSAGES[err.code ?? ''] ?? 'CSV 文件的格式不对，无法读取。',
        hint: '用 Excel 或 WPS 另存为“CSV UTF-8（逗号分隔）”；含逗号或换行的单元格要用英文双引号括起来。',
      },
    ]);
  }
  const lines = source.split(/\r?\n/);
  const [head, ...body] = rows;
  if (!head) return { name, file, fields: [], records: [] };
  const fields = head.record.map((f) => f.trim());
  const diagnostics: Diagnostic[] = [];
  const records = body.map(({ record, info }) => {
    // info.lines is the line the record ends on; a record holding a line break starts earlier.
    const breaks = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    const lineText = lines[line - 1] ?? '';
    const values: Record<string, DataValue> = {};
    const positions: Record<string, SourcePosition> = {};
    let cursor = 0;
    record.forEach((v, i) => {
      const field = fields[i];
      const found = lineText.indexOf(v.split('\n')[0] ?? '', cursor);
      const column = found >= 0 ? [...lineText.slice(0, found)].length + 1 : 1;
      if (found >= 0) cursor = found + v.length;
      if (field === undefined) {
        if (v.trim()) {
          diagnostics.push({ file, line, column, rule: 'csv-columns', severity: 'error', message: `这一行比表头多出一列“${v}”。`, hint: '删去多余的单元格，或在第一行补上列名。' });
        }
        return;
      }
      values[field] = typed(v);
      positions[field] = { file, line, column };
    });
    return { values, positions, position: { file, line, column: 1 } };
  });
  if (diagnostics.length) throw new ContentError(diagnostics);
  return { name, file, fields, records };
}

function readYamlData(text: string, file: string, name: string): DataFile {
  const source = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const y = readLocatedYaml(source, file, (offset) => positionAt(source, offset));
  const items = y.data ?? [];
  if (!Array.isArray(items) || items.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new ContentError([
      {
        file,
        line: 1,
        column: 1,
        rule: 'data-shape',
        severity: 'error',
        message: '数据文件应当是一行一项的列表，每项是若干“列名: 值”。',
        hint: '每一项以“- ”开头，例如：\n- 板块: 湖塘镇\n  重点: 5',
      },
    ]);
  }
  const fields: string[] = [];
  const records = (items as Record<string, unknown>[]).map((item, i) => {
    const values: Record<string, DataValue> = {};
    const positions: Record<string, SourcePosition> = {};
    for (const [k, v] of Object.entries(item)) {
      if (!fields.includes(k)) fields.push(k);
      values[k] = typeof v === 'number' ? v : typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
      positions[k] = { file, ...y.locate([i, k]) };
    }
    return { values, positions, position: { file, ...y.locate([i]) } };
  });
  return { name, file, fields, records };
}

/** Reads every data file in `folder`; problems in several files are reported together. */
export function readDataFiles(folder: string, show: (p: string) => string): DataFiles {
  const out = new DataFiles();
  const diagnostics: Diagnostic[] = [];
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  // tasks.yaml is the task model, read by loadTasks, not a table's rows; Excel writes
  // ~$名称.xlsx beside a workbook while it is open, a lock file.
  const isData = (entry: string) => DATA_EXTENSIONS.includes(path.extname(entry).toLowerCase()) && entry !== TASKS_FILE && !entry.startsWith('~$');
  const fieldNames = names.some((e) => isData(e) && path.extname(e).toLowerCase() === '.xlsx')
    ? xlsxFieldNames(names.filter((e) => e.toLowerCase().endsWith('.md')).map((e) => readText(path.join(folder, e))))
    : new Map<string, Map<string, string>>();
  for (const entry of names) {
    const ext = path.extname(entry).toLowerCase();
    if (!isData(entry)) continue;
    const full = path.join(folder, entry);
    const name = path.basename(entry, path.extname(entry));
    const twin = out.get(name);
    if (twin) {
      diagnostics.push({
        file: show(full),
        line: 1,
        column: 1,
        rule: 'data-duplicate',
        severity: 'error',
        message: `数据文件“${entry}”与“${path.basename(twin.file.split('#')[0]!)}”同名，表格和模板分不清用哪一个。`,
        hint: '删去其中一个，或给它改一个名字。',
      });
      continue;
    }
    try {
      if (ext === '.xlsx') {
        for (const f of readXlsx(fs.readFileSync(full), show(full), name, typed, fieldNames.get(name))) out.set(f.name, f);
        continue;
      }
      const text = readText(full);
      out.set(name, ext === '.csv' ? readCsv(text, show(full), name) : readYamlData(text, show(full), name));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      diagnostics.push(...e.diagnostics);
    }
  }
  if (diagnostics.length) throw new ContentError(diagnostics);
  return out;
}

/**
 * The records as plain objects, for templates ({{求和 表.达标任务 "重点"}}). A row that a
 * table declares as its total (its first cell is the 合计 标签) is left out, so a sum over
 * the data is not doubled by a total pasted in from Excel.
 */
export function templateData(files: Map<string, DataFile>, totalLabels: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Record<string, Record<string, DataValue>[]> {
  const out: Record<string, Record<string, DataValue>[]> = {};
  for (const [name, f] of files) {
    // A block may cite an .xlsx's first sheet by the sheet's name.
    const labels = totalLabels.get(name) ?? (f.sheet !== undefined ? totalLabels.get(`${name}#${f.sheet}`) : undefined);
    const key = f.fields[0];
    const rows = labels && key !== undefined ? f.records.filter((r) => !labels.has(String(r.values[key] ?? '').trim())) : f.records;
    out[name] = rows.map((r) => ({ ...r.values }));
  }
  return out;
}

const TABLE_BLOCK = /^ {0,3}(`{3,}|~{3,})\s*表格\s*\n([\s\S]*?)\n {0,3}\1/gm;

/**
 * The 表格 blocks of the folder's Markdown that cite a data file, read before templates run.
 * A block that is not valid YAML yet is skipped here; the table builder reports it with its
 * position later.
 */
function dataTableSpecs(markdown: readonly string[]): { name: string; spec: Record<string, unknown> }[] {
  const out: { name: string; spec: Record<string, unknown> }[] = [];
  for (const text of markdown) {
    for (const m of text.matchAll(TABLE_BLOCK)) {
      let spec: unknown;
      try {
        spec = parseYaml(m[2]!);
      } catch {
        continue;
      }
      if (!spec || typeof spec !== 'object') continue;
      const data = (spec as { 数据?: unknown }).数据;
      if (typeof data === 'string') out.push({ name: dataFileKey(data), spec: spec as Record<string, unknown> });
    }
  }
  return out;
}

/** Which data files have a declared total row. */
export function declaredTotalLabels(markdown: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { name, spec } of dataTableSpecs(markdown)) {
    const total = spec.合计;
    if (!total || typeof total !== 'object') continue;
    const label = (total as { 标签?: unknown }).标签 ?? '合计';
    if (typeof label === 'string') out.set(name, (out.get(name) ?? new Set()).add(label));
  }
  return out;
}

/** For each data file, the fields its table blocks read by header (see headerFieldNames). */
function xlsxFieldNames(markdown: readonly string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const { name, spec } of dataTableSpecs(markdown)) {
    // One map for all sheets of a workbook: a printed header means the same column in each.
    const key = name.split('#')[0]!;
    const names = out.get(key) ?? new Map<string, string>();
    for (const [header, field] of headerFieldNames(spec.列)) names.set(header, field);
    out.set(key, names);
  }
  return out;
}
