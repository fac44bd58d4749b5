import type { Finding, Rule } from '../rule.js';

/**
 * Task numbers run 1, 2, 3 …: a number may repeat only on the rows right after it (a task
 * split across rows); a number that comes back later, or one that is skipped, is reported.
 */
export const taskNumber: Rule = {
  id: 'task-number',
  description: '任务编号重复或跳号',
  severity: 'error',
  check({ tasks }) {
    const out: Finding[] = [];
    const rows = tasks?.rows ?? [];
    const seen = new Map<string, number>();
    let last: number | undefined;
    rows.forEach((row, i) => {
      const prev = rows[i - 1];
      if (prev?.id === row.id) return;
      const firstLine = seen.get(row.id);
      if (firstLine !== undefined) {
        out.push({ position: row.position, message: `任务编号 ${row.id} 与第 ${firstLine} 行重复。`, hint: '同一任务分几行写时要紧挨着；不同的任务给不同的编号。' });
        return;
      }
      seen.set(row.id, row.position.line);
      if (!/^\d+$/.test(row.id)) return;
      const n = Number(row.id);
      const expected = last === undefined ? 1 : last + 1;
      if (n !== expected) {
        out.push({
          position: row.position,
          message: n > expected ? `任务编号从 ${expected - 1 || '开头'} 跳到了 ${n}，缺 ${expected}${n - expected > 1 ? `–${n - 1}` : ''}。` : `任务编号 ${n} 排在 ${last} 之后，顺序不对。`,
          hint: '任务按 1、2、3……连续编号；删掉任务后要把后面的编号依次前移，正文里 {{任务}} 的引用随之改正。',
        });
      }
      last = n;
    });
    return out;
  },
};
