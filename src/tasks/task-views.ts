/**
 * Tables drawn from the tasks: the task list (领域 merged down its tasks, measures one
 * paragraph each) and the 考核细则 (one row per assessed task, the item's cells merged).
 */
import type { CellAlign, Inline, SourcePosition, Table, TableCell, TableRow } from '../ir/types.js';
import { chineseNumeral } from '../text/chinese-numeral.js';
import { domainsOf, numberedMeasures, requirementOf, responsibilityOf, type Located, type Task, type TaskSet } from './task-set.js';

const para = (text: string, position: SourcePosition): Inline[] => [{ type: 'text', text, position }];

function cell(paragraphs: Inline[][], position: SourcePosition, align: CellAlign, rowSpan = 1, colSpan = 1): TableCell {
  return { paragraphs, rowSpan, colSpan, align, position };
}

const textCell = (l: Located<string> | undefined, fallback: SourcePosition, align: CellAlign, rowSpan = 1): TableCell =>
  cell(l && l.value ? [para(l.value, l.position)] : [], l?.position ?? fallback, align, rowSpan);

function headerRow(labels: string[], position: SourcePosition): TableRow {
  return { kind: 'header', cells: labels.map((t) => cell(t.split('\n').map((line) => para(line, position)), position, 'center')), position };
}

export interface TaskListOptions {
  /** Only these 领域, in the tasks' order. */
  domains?: string[];
}

/** 重点行业领域 | 工作任务 | 工作举措 | 责任单位 | 完成时限. */
export function taskListTable(set: TaskSet, position: SourcePosition, opts: TaskListOptions = {}): Table {
  const domainNames = domainsOf(set);
  const tasks = set.tasks.filter((t) => !opts.domains || (t.domain && opts.domains.includes(t.domain.value)));
  const rows: TableRow[] = [headerRow(['重点行业\n领域', '工作任务', '工作举措', '责任单位', '完成时限'], position)];
  for (let i = 0; i < tasks.length; ) {
    const domain = tasks[i]!.domain?.value;
    let span = 1;
    while (i + span < tasks.length && tasks[i + span]!.domain?.value === domain) span++;
    tasks.slice(i, i + span).forEach((t, k) => {
      const cells: TableCell[] = [];
      if (k === 0) {
        const label = domain ? `${chineseNumeral(domainNames.indexOf(domain) + 1)}、${domain}` : '';
        cells.push(cell(label ? [para(label, t.domain!.position)] : [], t.domain?.position ?? t.rows[0]!.position, 'center', span));
      }
      cells.push(...taskCells(t));
      rows.push({ kind: 'body', cells, position: t.rows[0]!.position });
    });
    i += span;
  }
  // A task's measures can run longer than a page: its row breaks across pages, as in Word.
  return { type: 'table', columnWidths: [4, 7, 15, 5, 4], rows, breakRows: true, position };
}

function taskCells(t: Task): TableCell[] {
  const at = t.rows[0]!.position;
  const title = t.title ? { ...t.title, value: /^\d+$/.test(t.id) ? `${t.id}．${t.title.value}` : t.title.value } : undefined;
  const units = responsibilityOf(t);
  const unitsAt = (t.lead ?? t.units)?.[0]?.position ?? at;
  return [
    textCell(title, at, 'left'),
    cell(numberedMeasures(t).map((m) => para(m.value, m.position)), t.measures[0]?.position ?? at, 'left'),
    cell(units ? [para(units, unitsAt)] : [], unitsAt, 'left'),
    textCell(t.deadline, at, 'center'),
  ];
}

/** 序号 | 考评内容 | 具体要求 [| 分值 | 评分标准], with a 合计 row when scores are given. */
export function rubricTable(set: TaskSet, position: SourcePosition): Table | undefined {
  const rubric = set.rubric;
  if (!rubric) return undefined;
  const scored = rubric.items.some((it) => it.score !== undefined);
  const withRule = rubric.items.some((it) => it.scoring !== undefined);
  const labels = ['序号', '考评内容', '具体要求', ...(scored ? ['分值'] : []), ...(withRule ? ['评分标准'] : [])];
  const rows: TableRow[] = [headerRow(labels, position)];
  const byId = new Map(set.tasks.map((t) => [t.id, t]));
  rubric.items.forEach((item, n) => {
    const reqs = item.tasks.map((ref) => {
      const task = byId.get(ref.value);
      return (task && requirementOf(task)) ?? { value: '', position: ref.position };
    });
    const span = reqs.length;
    reqs.forEach((req, k) => {
      const text = span > 1 ? `${k + 1}.${req.value}` : req.value;
      const cells: TableCell[] = [];
      if (k === 0) cells.push(cell([para(String(n + 1), item.position)], item.position, 'center', span), textCell(item.content, item.position, 'center', span));
      cells.push(cell(req.value ? [para(text, req.position)] : [], req.position, 'left'));
      if (k === 0 && scored) cells.push(textCell(item.score && { value: String(item.score.value), position: item.score.position }, item.position, 'center', span));
      if (k === 0 && withRule) cells.push(textCell(item.scoring, item.position, 'left', span));
      rows.push({ kind: 'body', cells, position: req.position });
    });
  });
  if (scored) {
    const sum = rubric.items.reduce((s, it) => s + (it.score?.value ?? 0), 0);
    const at = rubric.total?.position ?? rubric.position;
    const cells = [cell([para('合计', at)], at, 'center', 1, 3), cell([para(String(sum), at)], at, 'center')];
    if (withRule) cells.push(cell([], at, 'center'));
    rows.push({ kind: 'total', cells, position: at });
  }
  const widths = [2, 5, 17, ...(scored ? [2] : []), ...(withRule ? [6] : [])];
  return { type: 'table', columnWidths: widths, rows, position };
}
