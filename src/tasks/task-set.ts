/** The task model: rows as written in tasks.yaml, and the tasks they make up. */
import type { SourcePosition } from '../ir/types.js';
import { chineseNumeral } from '../text/chinese-numeral.js';
import { responsibilityText } from './units-text.js';

export interface Located<T> {
  value: T;
  position: SourcePosition;
}

/** What a task says, as one row of tasks.yaml or as the whole task its rows make up. */
interface TaskFields {
  id: string;
  domain?: Located<string>;
  title?: Located<string>;
  measures: Located<string>[];
  lead?: Located<string>[];
  support?: Located<string>[];
  units?: Located<string>[];
  deadline?: Located<string>;
  requirement?: Located<string>;
}

/** One entry of tasks.yaml's 任务 list. */
export interface TaskRow extends TaskFields {
  /** Position of the entry (its 编号). */
  position: SourcePosition;
}

export interface Task extends TaskFields {
  /** Its rows in file order (more than one when the task is split). */
  rows: TaskRow[];
}

export interface RubricItem {
  content: Located<string>;
  tasks: Located<string>[];
  score?: Located<number>;
  scoring?: Located<string>;
  position: SourcePosition;
}

export interface TaskSet {
  /** tasks.yaml as shown in diagnostics. */
  file: string;
  rows: TaskRow[];
  /** In order of first appearance. */
  tasks: Task[];
  rubric?: { total?: Located<number>; items: RubricItem[]; position: SourcePosition };
}

type FieldKey = 'domain' | 'title' | 'lead' | 'support' | 'units' | 'deadline' | 'requirement';
const FIELDS: FieldKey[] = ['domain', 'title', 'lead', 'support', 'units', 'deadline', 'requirement'];

/**
 * Rows with one 编号 make one task; each field is taken from the first row that has it. A
 * task without 领域 is in the 领域 of the task before it, so a 领域 is written once.
 */
export function tasksOf(rows: readonly TaskRow[]): Task[] {
  const byId = new Map<string, Task>();
  for (const row of rows) {
    let task = byId.get(row.id);
    if (!task) {
      task = { id: row.id, rows: [], measures: [] };
      byId.set(row.id, task);
    }
    task.rows.push(row);
    task.measures.push(...row.measures);
    for (const f of FIELDS) if (task[f] === undefined && row[f] !== undefined) (task as unknown as Record<FieldKey, unknown>)[f] = row[f];
  }
  const tasks = [...byId.values()];
  tasks.forEach((t, i) => {
    if (!t.domain && i > 0 && tasks[i - 1]!.domain) t.domain = tasks[i - 1]!.domain;
  });
  return tasks;
}

const NUMBERED = /^[一二三四五六七八九十]+是/;

/** The measures as printed: several are numbered 一是、二是 … unless the author numbered them. */
export function numberedMeasures(task: Task): Located<string>[] {
  if (task.measures.length < 2) return task.measures;
  return task.measures.map((m, i) => (NUMBERED.test(m.value) ? m : { ...m, value: `${chineseNumeral(i + 1)}是${m.value}` }));
}

/** The 具体要求 a rubric prints for a task. */
export function requirementOf(task: Task): Located<string> | undefined {
  return task.requirement ?? task.title;
}

/** The 领域 in order of their first task. */
export function domainsOf(set: TaskSet): string[] {
  const domains: string[] = [];
  for (const t of set.tasks) if (t.domain && !domains.includes(t.domain.value)) domains.push(t.domain.value);
  return domains;
}

/** The 责任单位 as printed: 区应急管理局牵头，区经发局等有关部门按职责分工落实. */
export function responsibilityOf(task: Task): string {
  const names = (list: Located<string>[] | undefined) => list?.map((u) => u.value);
  return responsibilityText({ lead: names(task.lead), support: names(task.support), units: names(task.units) });
}

/** The tasks as templates see them (任务清单.任务, 任务清单.领域), for {{计数}} and {{列举}}. */
export function taskTemplateData(set: TaskSet): { 任务: Record<string, string>[]; 领域: string[] } {
  const tasks = set.tasks.map((t) => ({
    编号: t.id,
    ...(t.domain ? { 领域: t.domain.value } : {}),
    ...(t.title ? { 任务: t.title.value } : {}),
    ...(t.deadline ? { 时限: t.deadline.value } : {}),
  }));
  return { 任务: tasks, 领域: domainsOf(set) };
}
