/**
 * Reads tasks.yaml from a document folder: located schema errors, each text field run
 * through the document's templates (so a requirement can say {{求和 表.达标任务 "标杆"}}).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../ir/types.js';
import { readLocatedYaml } from '../content/front-matter.js';
import { readText } from '../content/read-text.js';
import { zodDiagnostics } from '../content/zod-messages.js';
import type { StatedQuantity } from '../check/rule.js';
import { expandTemplate } from '../template/expand-template.js';
import { RUBRIC_ITEM_KEYS, RUBRIC_KEYS, TASK_ROW_KEYS, TASKS_FILE_KEYS, tasksFileSchema } from './schema.js';
import { tasksOf, type Located, type TaskRow, type TaskSet } from './task-set.js';

export const TASKS_FILE = 'tasks.yaml';

export interface TaskTemplateEnv {
  data: Record<string, unknown>;
  templateDirs: string[];
  stated: StatedQuantity[];
}

/** The folder's tasks.yaml, or undefined when it has none; errors throw one ContentError. */
export function loadTasks(folder: string, show: (p: string) => string, env: TaskTemplateEnv): TaskSet | undefined {
  const full = path.join(folder, TASKS_FILE);
  if (!fs.existsSync(full)) return undefined;
  const file = show(full);
  const text = readText(full).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const y = readLocatedYaml(text, file, (o) => positionAt(text, o));
  const parsed = tasksFileSchema.safeParse(y.data ?? {});
  if (!parsed.success) {
    throw new ContentError(
      zodDiagnostics(parsed.error.issues, y, (p) =>
        p[0] === '任务' && p.length > 1 ? TASK_ROW_KEYS : p[0] === '考核细则' ? (p[1] === '项目' && p.length > 2 ? RUBRIC_ITEM_KEYS : RUBRIC_KEYS) : TASKS_FILE_KEYS,
      ),
    );
  }
  const spec = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const at = (p: (string | number)[]): SourcePosition => ({ file, ...y.locate(p) });
  const expand = (value: string, p: (string | number)[]): Located<string> => {
    const position = at(p);
    if (!value.includes('{{')) return { value, position };
    try {
      return { value: expandTemplate(value, env.data, { file, startLine: position.line, partialDirs: env.templateDirs, stated: env.stated }).text.trim(), position };
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      diagnostics.push(...e.diagnostics);
      return { value, position };
    }
  };
  const names = (raw: unknown, list: string[], p: (string | number)[]): Located<string>[] =>
    list.map((value, j) => ({ value, position: { file, ...y.locate(Array.isArray(raw) ? [...p, j] : p) } }));

  const rawRows = (y.data as { 任务: Record<string, unknown>[] }).任务;
  const rows: TaskRow[] = spec.任务.map((r, i) => {
    const p = ['任务', i];
    const raw = rawRows[i] ?? {};
    const row: TaskRow = { id: r.编号, position: at([...p, '编号']), measures: (r.举措 ?? []).map((m, j) => expand(m, Array.isArray(raw.举措) ? [...p, '举措', j] : [...p, '举措'])) };
    if (r.领域) row.domain = { value: r.领域, position: at([...p, '领域']) };
    if (r.任务) row.title = expand(r.任务, [...p, '任务']);
    if (r.牵头) row.lead = names(raw.牵头, r.牵头, [...p, '牵头']);
    if (r.配合) row.support = names(raw.配合, r.配合, [...p, '配合']);
    if (r.责任单位) row.units = names(raw.责任单位, r.责任单位, [...p, '责任单位']);
    if (r.时限) row.deadline = { value: r.时限.trim(), position: at([...p, '时限']) };
    if (r.考核要求) row.requirement = expand(r.考核要求, [...p, '考核要求']);
    return row;
  });
  if (diagnostics.length) throw new ContentError(diagnostics);

  const set: TaskSet = { file, rows, tasks: tasksOf(rows) };
  const rubric = spec.考核细则;
  if (rubric) {
    const rawItems = ((y.data as { 考核细则: { 项目: Record<string, unknown>[] } }).考核细则.项目 ?? []) as Record<string, unknown>[];
    set.rubric = {
      ...(rubric.总分 !== undefined ? { total: { value: rubric.总分, position: at(['考核细则', '总分']) } } : {}),
      position: at(['考核细则']),
      items: rubric.项目.map((item, i) => {
        const p = ['考核细则', '项目', i];
        return {
          content: { value: item.内容, position: at([...p, '内容']) },
          tasks: names(rawItems[i]?.任务, item.任务, [...p, '任务']),
          ...(item.分值 !== undefined ? { score: { value: item.分值, position: at([...p, '分值']) } } : {}),
          ...(item.评分 ? { scoring: { value: item.评分, position: at([...p, '评分']) } } : {}),
          position: at(p),
        };
      }),
    };
  }
  return set;
}
