import type { Finding, Rule } from '../rule.js';

/** Every 考核细则 item assesses tasks that exist, and every task with a 考核要求 is assessed. */
export const taskRubric: Rule = {
  id: 'task-rubric',
  description: '考核细则的项目对应不到任务，或写了考核要求的任务不在考核细则里',
  severity: 'error',
  check({ tasks }) {
    if (!tasks?.rubric) return [];
    const out: Finding[] = [];
    const ids = new Set(tasks.tasks.map((t) => t.id));
    const assessed = new Set<string>();
    tasks.rubric.items.forEach((item, i) => {
      for (const ref of item.tasks) {
        assessed.add(ref.value);
        if (!ids.has(ref.value)) {
          out.push({
            position: ref.position,
            message: `考核细则第 ${i + 1} 项“${item.content.value}”对应的任务${ref.value}不存在。`,
            hint: `任务的编号有：${[...ids].slice(0, 30).join('、')}；改正编号，或在 任务 里补上这项任务。`,
          });
        }
      }
    });
    for (const task of tasks.tasks) {
      if (!task.requirement || assessed.has(task.id)) continue;
      out.push({
        position: task.requirement.position,
        message: `任务${task.id}写了考核要求，但考核细则里没有哪一项考核它。`,
        hint: `在 考核细则 的某一项的 任务 里加上 ${task.id}，或删去这条考核要求。`,
      });
    }
    return out;
  },
};
