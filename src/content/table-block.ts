/**
 * A ```表格 block → a model Table. Data tables: nested 列 give the multi-row header (spans
 * computed), rows come from a data file or the block, values are typed, equal runs merge,
 * a total row is computed or, when the data holds one, kept as declared for `check`.
 * Forms (表单) are laid out cell by cell with explicit spans.
 */
import { ContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CellAlign, ColumnType, SourcePosition, Table, TableCell, TableData, TableRow, TableValue } from '../ir/types.js';
import { columnWeight, textWidth } from '../text/cells.js';
import type { DataFile, DataRecord, DataValue } from './data-files.js';
import { readLocatedYaml, type LocatedYaml } from './front-matter.js';
import type { Registry } from './registry.js';
import {
  ALIGN_OF,
  COLUMN_KEYS,
  DATA_TABLE_KEYS,
  FORM_CELL_KEYS,
  FORM_TABLE_KEYS,
  dataTableSchema,
  formTableSchema,
  TASK_VIEW_KEYS,
  taskViewSchema,
  type ColumnSpec,
  type DataTableSpec,
  type FormTableSpec,
} from './schemas/table.js';
import { zodDiagnostics } from './zod-messages.js';
import type { TaskSet } from '../tasks/task-set.js';
import { rubricTable, taskListTable } from '../tasks/task-views.js';

export interface TableEnv {
  dataFiles: Map<string, DataFile>;
  registry?: Registry | undefined;
  /** The folder's tasks.yaml, for 视图: 任务清单 / 考核细则. */
  tasks?: TaskSet | undefined;
}

export interface TableBlockSource {
  /** The YAML inside the fence. */
  text: string;
  file: string;
  /** Position of an offset inside `text`. */
  at(offset: number): SourcePosition;
  /** Position of the fence. */
  position: SourcePosition;
}

export interface TableBlockResult {
  table?: Table;
  diagnostics: Diagnostic[];
}

export function buildTableBlock(src: TableBlockSource, env: TableEnv): TableBlockResult {
  let y: LocatedYaml;
  try {
    y = readLocatedYaml(src.text, src.file, (o) => {
      const p = src.at(o);
      return { line: p.line, column: p.column };
    });
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: e.diagnostics };
    throw e;
  }
  const data = y.data;
  if (data && typeof data === 'object' && !Array.isArray(data) && '视图' in data) return taskViewBlock(data, y, src.position, env.tasks);
  if (data && typeof data === 'object' && !Array.isArray(data) && '表单' in data) {
    const parsed = formTableSchema.safeParse(data);
    if (!parsed.success) return { diagnostics: zodDiagnostics(parsed.error.issues, y, (p) => (p.length >= 3 ? FORM_CELL_KEYS : FORM_TABLE_KEYS)) };
    return formTable(parsed.data, y, src.position);
  }
  const parsed = dataTableSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return { diagnostics: zodDiagnostics(parsed.error.issues, y, (p) => (p[0] === '列' && p.length > 1 ? COLUMN_KEYS : DATA_TABLE_KEYS)) };
  }
  return new DataTableBuilder(parsed.data, y, src.position, env).build();
}

/** A table drawn from tasks.yaml: the task list or the 考核细则. */
function taskViewBlock(data: object, y: LocatedYaml, position: SourcePosition, tasks: TaskSet | undefined): TableBlockResult {
  const parsed = taskViewSchema.safeParse(data);
  if (!parsed.success) return { diagnostics: zodDiagnostics(parsed.error.issues, y, () => TASK_VIEW_KEYS) };
  const at = { file: y.file, ...y.locate(['视图']) };
  const fail = (message: string, hint: string): TableBlockResult => ({ diagnostics: [{ ...at, rule: 'table-spec', severity: 'error', message, hint }] });
  if (!tasks) return fail(`“视图: ${parsed.data.视图}”要从任务表读取，但本文件夹里没有 tasks.yaml。`, '在文档文件夹里建立 tasks.yaml，逐项写出任务（格式见 README“任务”）。');
  const v = parsed.data;
  const table = v.视图 === '任务清单' ? taskListTable(tasks, position, v.领域 ? { domains: v.领域 } : {}) : rubricTable(tasks, position);
  if (!table) return fail('tasks.yaml 里没有“考核细则”。', '在 tasks.yaml 里加上 考核细则: 和它的 项目 列表（每项写 内容、任务、分值）。');
  const header = table.rows[0]!;
  if (v.表头) {
    if (v.表头.length !== header.cells.length) {
      const current = header.cells.map((c) => c.paragraphs.map((p) => p.map((i) => ('text' in i ? i.text : '')).join('')).join('')).join('、');
      return { diagnostics: [{ file: y.file, ...y.locate(['表头']), rule: 'table-spec', severity: 'error', message: `表头写了 ${v.表头.length} 项，这张表有 ${header.cells.length} 列。`, hint: `按列的顺序逐一写出：${current}。` }] };
    }
    const at = { file: y.file, ...y.locate(['表头']) };
    header.cells = header.cells.map((c, i) => ({ ...c, paragraphs: v.表头![i]!.split('\n').map((t) => [{ type: 'text' as const, text: t, position: at }]) }));
  }
  return { table, diagnostics: [] };
}

const paragraphsOf = (text: string, position: SourcePosition): TableCell['paragraphs'] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t) => [{ type: 'text' as const, text: t, position }]);

const cellOf = (text: string, position: SourcePosition, align: CellAlign, rowSpan = 1, colSpan = 1): TableCell => ({
  paragraphs: paragraphsOf(text, position),
  rowSpan,
  colSpan,
  align,
  position,
});

interface Leaf {
  spec: ColumnSpec;
  field: string;
  label: string;
  path: (string | number)[];
  depth: number;
}

class DataTableBuilder {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly leaves: Leaf[] = [];
  private depth = 1;

  constructor(
    private readonly spec: DataTableSpec,
    private readonly y: LocatedYaml,
    private readonly position: SourcePosition,
    private readonly env: TableEnv,
  ) {}

  private at(path: (string | number)[]): SourcePosition {
    return { file: this.y.file, ...this.y.locate(path) };
  }

  private error(position: SourcePosition, rule: string, message: string, hint: string): void {
    this.diagnostics.push({ file: position.file, line: position.line, column: position.column, rule, severity: 'error', message, hint });
  }

  build(): TableBlockResult {
    this.collectLeaves(this.spec.列, ['列'], 0);
    const source = this.records();
    if (!source) return { diagnostics: this.diagnostics };
    for (const leaf of this.leaves) this.checkColumn(leaf, source.fields);
    if (this.diagnostics.length) return { diagnostics: this.diagnostics };

    const keyField = this.leaves.find((l) => l.spec.类型 !== '序号')?.field;
    const totalSpec = this.spec.合计;
    let declared: DataRecord | undefined;
    let records = source.records;
    if (totalSpec && keyField) {
      const i = records.findIndex((r) => String(r.values[keyField] ?? '').trim() === totalSpec.标签);
      if (i >= 0) {
        declared = records[i];
        records = records.filter((_, j) => j !== i);
      }
    }
    const values = records.map((r, i) => this.rowValues(r, i));
    const sumFields = totalSpec?.列 ?? this.leaves.filter((l) => l.spec.类型 === '整数').map((l) => l.field);
    for (const f of sumFields) {
      if (!this.leaves.some((l) => l.field === f)) {
        this.error(this.at(['合计', '列']), 'table-spec', `合计里的“${f}”不是本表的列。`, `可用的列：${this.leaves.map((l) => l.field).join('、')}。`);
      }
    }
    if (this.diagnostics.length) return { diagnostics: this.diagnostics };

    const rows: TableRow[] = [...this.headerRows(), ...this.bodyRows(values, records)];
    const data: TableData = {
      columns: this.leaves.map((l) => ({ field: l.field, label: l.label, type: l.spec.类型 as ColumnType, position: this.at(l.path) })),
      records: values.map((v, i) => ({ values: v, position: records[i]!.position })),
    };
    const coverage = this.leaves.find((l) => l.spec.覆盖 === '全部');
    if (coverage) data.coverage = { field: coverage.field, position: this.at([...coverage.path, '覆盖']) };
    if (totalSpec && keyField) {
      const totalValues: Record<string, TableValue> = {};
      const pos = declared?.position ?? this.at(['合计']);
      for (const f of sumFields) {
        if (declared) {
          const raw = declared.values[f] ?? '';
          const p = declared.positions[f] ?? declared.position;
          totalValues[f] = { text: String(raw), ...(typeof raw === 'number' ? { value: raw } : {}), position: p };
        } else {
          const sum = values.reduce((s, v) => s + (typeof v[f]?.value === 'number' ? v[f].value : 0), 0);
          totalValues[f] = { text: String(sum), value: sum, position: pos };
        }
      }
      data.total = { label: totalSpec.标签, declared: Boolean(declared), values: totalValues, position: pos };
      rows.push(this.totalRow(totalSpec.标签, totalValues, pos));
    }
    return {
      table: { type: 'table', columnWidths: this.widths(values), rows, data, position: this.position },
      diagnostics: this.diagnostics,
    };
  }

  private collectLeaves(cols: ColumnSpec[], path: (string | number)[], depth: number): void {
    this.depth = Math.max(this.depth, depth + 1);
    cols.forEach((c, i) => {
      const p = [...path, i];
      if (c.下级) this.collectLeaves(c.下级, [...p, '下级'], depth + 1);
      else {
        // A constant column reads no data; its own key keeps two such columns with one header apart.
        const field = c.字段 ?? (c.值 !== undefined ? `#${this.leaves.length + 1}` : c.名称.join(''));
        this.leaves.push({ spec: c, field, label: c.名称.join(''), path: p, depth });
      }
    });
  }

  private records(): { records: DataRecord[]; fields: string[] } | undefined {
    const { 数据: name, 行: rows } = this.spec;
    if (name !== undefined && rows !== undefined) {
      this.error(this.at(['行']), 'table-spec', '表格同时写了“数据”和“行”。', '二选一：数据放在文件里用“数据: 文件名.csv”，或直接在“行”里逐行写出。');
      return undefined;
    }
    if (name !== undefined) {
      const file = this.env.dataFiles.get(name.replace(/\.(csv|ya?ml)$/i, ''));
      if (!file) {
        const known = [...this.env.dataFiles.values()].map((f) => f.file.split('/').pop()).join('、');
        this.error(this.at(['数据']), 'missing-file', `找不到表格数据“${name}”。`, known ? `文件夹里的数据文件有：${known}。` : '把 CSV 或 YAML 数据文件放在本文件夹里，再写它的文件名。');
        return undefined;
      }
      return { records: file.records, fields: file.fields };
    }
    const list = rows ?? [];
    const fields: string[] = [];
    const records = list.map((r, i): DataRecord => {
      const values: Record<string, DataValue> = {};
      const positions: Record<string, SourcePosition> = {};
      for (const [k, v] of Object.entries(r)) {
        if (!fields.includes(k)) fields.push(k);
        values[k] = v ?? '';
        positions[k] = this.at(['行', i, k]);
      }
      return { values, positions, position: this.at(['行', i]) };
    });
    return { records, fields };
  }

  private checkColumn(leaf: Leaf, fields: string[]): void {
    const t = leaf.spec.类型;
    if (t !== '序号' && leaf.spec.值 === undefined && !fields.includes(leaf.field)) {
      this.error(
        this.at(leaf.path),
        'table-spec',
        `数据里没有“${leaf.field}”这一列。`,
        fields.length ? `数据的列有：${fields.join('、')}；用“字段: 列名”指明本列读哪一列。` : '数据是空的：先在数据文件里填上表头和各行。',
      );
    }
    if ((t === '乡镇' || t === '单位') && !this.env.registry) {
      this.error(this.at([...leaf.path, '类型']), 'table-spec', `“${leaf.label}”列的类型是${t}，但本文没有指定名录。`, '在 index.md 的前置数据里写 名录: 名录文件夹名（content/registries/ 下），或把类型改为 文本。');
    }
    if (leaf.spec.覆盖 && t !== '乡镇') {
      this.error(this.at([...leaf.path, '覆盖']), 'table-spec', '“覆盖: 全部”只用于类型为 乡镇 的列。', '删去这一行，或把本列类型改为 乡镇。');
    }
  }

  private rowValues(r: DataRecord, index: number): Record<string, TableValue> {
    const out: Record<string, TableValue> = {};
    for (const leaf of this.leaves) {
      const t = leaf.spec.类型;
      const position = r.positions[leaf.field] ?? r.position;
      if (t === '序号') {
        out[leaf.field] = { text: String(index + 1), value: index + 1, position: r.position };
        continue;
      }
      const raw: DataValue = leaf.spec.值 ?? r.values[leaf.field] ?? '';
      const text = String(raw).trim();
      out[leaf.field] = { text, ...this.typedValue(t, raw, text, position, leaf), position };
    }
    return out;
  }

  private typedValue(t: ColumnType, raw: DataValue, text: string, position: SourcePosition, leaf: Leaf): { value?: number | string } {
    if (text === '') return {};
    switch (t) {
      case '整数':
        if (typeof raw === 'number' ? Number.isInteger(raw) : /^-?\d+$/.test(text)) return { value: Number(text) };
        this.error(position, 'table-value', `“${leaf.label}”列应填整数，这里是“${text}”。`, '只写阿拉伯数字，不带单位（“家”“个”写在表头里）。');
        return {};
      case '百分比': {
        const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
        if (m) return { value: Number(m[1]) };
        this.error(position, 'table-value', `“${leaf.label}”列应填百分比，这里是“${text}”。`, '写成 30%（半角百分号）。');
        return {};
      }
      case '日期': {
        const m = /^(\d{4})年([1-9]\d?)月([1-9]\d?)日$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        if (m) return { value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
        this.error(position, 'table-value', `“${leaf.label}”列应填日期，这里是“${text}”。`, '写成 2022年3月31日（月、日前不补 0）。');
        return {};
      }
      default:
        return {};
    }
  }

  private headerRows(): TableRow[] {
    const rows: TableCell[][] = Array.from({ length: this.depth }, () => []);
    const leafCount = (c: ColumnSpec): number => (c.下级 ? c.下级.reduce((s, k) => s + leafCount(k), 0) : 1);
    const walk = (cols: ColumnSpec[], path: (string | number)[], depth: number) => {
      cols.forEach((c, i) => {
        const p = [...path, i];
        const position = this.at([...p, '名称']);
        rows[depth]!.push({
          paragraphs: c.名称.map((t) => [{ type: 'text' as const, text: t, position }]),
          rowSpan: c.下级 ? 1 : this.depth - depth,
          colSpan: leafCount(c),
          align: 'center',
          position,
        });
        if (c.下级) walk(c.下级, [...p, '下级'], depth + 1);
      });
    };
    walk(this.spec.列, ['列'], 0);
    return rows.map((cells) => ({ kind: 'header' as const, cells, position: this.at(['列']) }));
  }

  private alignOf(leaf: Leaf, values: Record<string, TableValue>[]): CellAlign {
    if (leaf.spec.对齐) return ALIGN_OF[leaf.spec.对齐];
    const t = leaf.spec.类型;
    // Long prose reads better ragged-left; short names and numbers are centred.
    if ((t === '文本' || t === '企业') && values.some((v) => textWidth(v[leaf.field]?.text ?? '') > 20)) return 'left';
    return 'center';
  }

  private bodyRows(values: Record<string, TableValue>[], records: DataRecord[]): TableRow[] {
    const rows: TableRow[] = values.map((_, i) => ({ kind: 'body' as const, cells: [], position: records[i]!.position }));
    for (const leaf of this.leaves) {
      const align = this.alignOf(leaf, values);
      for (let i = 0; i < values.length; ) {
        const v = values[i]![leaf.field]!;
        let span = 1;
        if (leaf.spec.合并) while (i + span < values.length && values[i + span]![leaf.field]!.text === v.text) span++;
        rows[i]!.cells.push(cellOf(v.text, v.position, align, span));
        i += span;
      }
    }
    return rows;
  }

  private totalRow(label: string, totals: Record<string, TableValue>, position: SourcePosition): TableRow {
    // The label spans a leading 序号 column and the key column, as 合计 rows are printed.
    const labelSpan = this.leaves.findIndex((l) => l.spec.类型 !== '序号') + 1;
    const cells: TableCell[] = [cellOf(label, position, 'center', 1, Math.max(1, labelSpan))];
    this.leaves.slice(Math.max(1, labelSpan)).forEach((leaf) => {
      const v = totals[leaf.field];
      cells.push(cellOf(v?.text ?? '', v?.position ?? position, 'center'));
    });
    return { kind: 'total', cells, position };
  }

  private widths(values: Record<string, TableValue>[]): number[] {
    return this.leaves.map((leaf) => {
      if (leaf.spec.宽) return leaf.spec.宽;
      return columnWeight([leaf.spec.名称.join('\n'), ...values.map((v) => v[leaf.field]?.text ?? '')]);
    });
  }
}

function formTable(spec: FormTableSpec, y: LocatedYaml, position: SourcePosition): TableBlockResult {
  const diagnostics: Diagnostic[] = [];
  const at = (path: (string | number)[]): SourcePosition => ({ file: y.file, ...y.locate(path) });
  // Occupancy grid: a cell spanning rows fills places in the rows below it.
  const taken: boolean[][] = [];
  let columns = 0;
  const rows: TableRow[] = spec.表单.map((r, i) => {
    const cellsSpec = Array.isArray(r) ? r : r.格;
    const base: (string | number)[] = Array.isArray(r) ? ['表单', i] : ['表单', i, '格'];
    const line = (taken[i] ??= []);
    let col = 0;
    const cells = cellsSpec.map((c, j): TableCell => {
      while (line[col]) col++;
      const obj = c !== null && typeof c === 'object' ? c : { 文本: c === null ? [] : [String(c)], 跨列: 1, 跨行: 1, 对齐: undefined };
      const p = at([...base, j]);
      for (let dr = 0; dr < obj.跨行; dr++) for (let dc = 0; dc < obj.跨列; dc++) (taken[i + dr] ??= [])[col + dc] = true;
      col += obj.跨列;
      const text = (obj.文本 ?? []).join('\n');
      return cellOf(text, p, obj.对齐 ? ALIGN_OF[obj.对齐] : 'center', obj.跨行, obj.跨列);
    });
    columns = Math.max(columns, line.length);
    return { kind: 'body', cells, ...(Array.isArray(r) ? {} : { minLines: r.行高 }), position: at(['表单', i]) };
  });
  taken.slice(0, spec.表单.length).forEach((line, i) => {
    const filled = line.filter(Boolean).length;
    if (filled !== columns) {
      const p = at(['表单', i]);
      diagnostics.push({
        ...p,
        rule: 'table-spec',
        severity: 'error',
        message: `表单第 ${i + 1} 行占 ${filled} 列，其他行有 ${columns} 列。`,
        hint: '补齐单元格，或用“跨列”让一格占几列。',
      });
    }
  });
  if (spec.列宽 && spec.列宽.length !== columns) {
    const p = at(['列宽']);
    diagnostics.push({ ...p, rule: 'table-spec', severity: 'error', message: `列宽写了 ${spec.列宽.length} 个数，表单有 ${columns} 列。`, hint: '每列写一个相对宽度。' });
  }
  if (diagnostics.length) return { diagnostics };
  return { table: { type: 'table', columnWidths: spec.列宽 ?? Array.from({ length: columns }, () => 1), rows, position }, diagnostics };
}
