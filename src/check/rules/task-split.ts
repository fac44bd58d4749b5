import type { Finding, Rule } from '../rule.js';
import type { Located, TaskRow } from '../../tasks/task-set.js';

type Field = 'domain' | 'title' | 'lead' | 'support' | 'units' | 'deadline';
const FIELDS: [Field, string][] = [
  ['domain', '领域'],
  ['title', '任务'],
  ['lead', '牵头单位'],
  ['support', '配合单位'],
  ['units', '责任单位'],
  ['deadline', '完成时限'],
];

const textOf = (v: Located<string> | Located<string>[]): string => (Array.isArray(v) ? v.map((u) => u.value).join('、') : v.value);
const positionOf = (v: Located<string> | Located<string>[]) => (Array.isArray(v) ? v[0]!.position : v.position);

/** The rows of one task (a table split across pages) must say the same thing in every column but 举措. */
export const taskSplit: Rule = {
  id: 'task-split',
  description: '同一编号的任务分在几行时，各行的领域、任务、责任单位或完成时限不一致',
  severity: 'error',
  check({ tasks }) {
    const out: Finding[] = [];
    for (const task of tasks?.tasks ?? []) {
      if (task.rows.length < 2) continue;
      for (const [field, label] of FIELDS) {
        let first: { row: TaskRow; text: string } | undefined;
        for (const row of task.rows) {
          const v = row[field];
          if (v === undefined) continue;
          const text = textOf(v);
          if (!first) {
            first = { row, text };
            continue;
          }
          if (text === first.text) continue;
          out.push({
            position: positionOf(v),
            message: `任务${task.id}分在几行，这一行的${label}“${text}”与第 ${first.row.position.line} 行的“${first.text}”不一致。`,
            hint: `同一任务只有一个${label}：定下正确的写法，各行统一；接续的行可以只写 编号 和 举措。`,
          });
        }
      }
    }
    return out;
  },
};
