/**
 * Table data kept next to a document: every .csv, .yaml and .yml file in its folder is a
 * list of records (except tasks.yaml), named by its file name without extension (达标任务.csv → 达标任务).
 * Templates see them as 表.<name>; table blocks cite them by file name. Every value keeps
 * its line and column so a check can point at the very cell.
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
  /** Field names in the order of the file's header (CSV) or first appearance (YAML). */
  fields: string[];
  records: DataRecord[];
}

export const DATA_EXTENSIONS = ['.csv', '.yaml', '.yml'];

/** A plain integer or decimal in a cell becomes a number (求和 can add it); anything else stays text. */
function typed(text: string): DataValue {
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
export function readDataFiles(folder: string, show: (p: string) => string): Map<string, DataFile> {
  const out = new Map<string, DataFile>();
  const diagnostics: Diagnostic[] = [];
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  for (const entry of names) {
    const ext = path.extname(entry).toLowerCase();
    // tasks.yaml is the task model, read by loadTasks, not a table's rows.
    if (!DATA_EXTENSIONS.includes(ext) || entry === TASKS_FILE) continue;
    const full = path.join(folder, entry);
    const name = path.basename(entry, path.extname(entry));
    try {
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
    const labels = totalLabels.get(name);
    const key = f.fields[0];
    const rows = labels && key !== undefined ? f.records.filter((r) => !labels.has(String(r.values[key] ?? '').trim())) : f.records;
    out[name] = rows.map((r) => ({ ...r.values }));
  }
  return out;
}

const TABLE_BLOCK = /^ {0,3}(`{3,}|~{3,})\s*表格\s*\n([\s\S]*?)\n {0,3}\1/gm;

/**
 * Which data files have a declared total row, by scanning the 表格 blocks of the folder's
 * Markdown before templates run. A block that is not valid YAML yet is skipped here; the
 * table builder reports it with its position later.
 */
export function declaredTotalLabels(markdown: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const text of markdown) {
    for (const m of text.matchAll(TABLE_BLOCK)) {
      let spec: unknown;
      try {
        spec = parseYaml(m[2]!);
      } catch {
        continue;
      }
      if (!spec || typeof spec !== 'object') continue;
      const { 数据: data, 合计: total } = spec as { 数据?: unknown; 合计?: unknown };
      if (typeof data !== 'string' || !total || typeof total !== 'object') continue;
      const label = (total as { 标签?: unknown }).标签 ?? '合计';
      const name = data.replace(/\.(csv|ya?ml)$/i, '');
      if (typeof label === 'string') out.set(name, (out.get(name) ?? new Set()).add(label));
    }
  }
  return out;
}
