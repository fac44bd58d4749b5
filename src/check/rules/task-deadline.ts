import type { Finding, Rule } from '../rule.js';
import { compareDates, DEADLINE_FORMS, parseDeadline, promisedDates, showDate } from '../../tasks/deadline.js';
import type { Located } from '../../tasks/task-set.js';

const at = (l: Located<string>, offset: number) => ({ ...l.position, column: l.position.column + offset });

/** A 完成时限 must be readable and no earlier than a date the task's own measures or 考核要求 promise. */
export const taskDeadline: Rule = {
  id: 'task-deadline',
  description: '任务的完成时限无法识别，或早于它自己的举措、考核要求里承诺的日期',
  severity: 'error',
  check({ tasks, planYear }) {
    const out: Finding[] = [];
    for (const row of tasks?.rows ?? []) {
      if (row.deadline && !parseDeadline(row.deadline.value, planYear)) {
        out.push({ position: row.deadline.position, message: `完成时限“${row.deadline.value}”的写法无法识别。`, hint: `写成 ${DEADLINE_FORMS} 这样的形式。` });
      }
    }
    for (const task of tasks?.tasks ?? []) {
      const deadline = task.deadline && parseDeadline(task.deadline.value, planYear);
      if (!deadline?.due) continue;
      // Promises in the text count from its source line, not the printed numbering.
      const texts = [...task.measures, ...(task.requirement ? [task.requirement] : [])];
      for (const text of texts) {
        for (const p of promisedDates(text.value, planYear)) {
          if (compareDates(p.date, deadline.due) <= 0) continue;
          out.push({
            position: at(text, p.offset),
            message: `任务${task.id}的完成时限是“${task.deadline!.value}”，这里却写“${p.text}”（${showDate(p.date)}），晚于时限。`,
            hint: `把第 ${task.deadline!.position.line} 行的完成时限改到 ${showDate(p.date)} 以后，或改正这里的日期。`,
          });
        }
      }
    }
    return out;
  },
};
