import type { Finding, Rule } from '../rule.js';

/** The 分值 of the 考核细则 add up to its 总分, and either every item has one or none does. */
export const rubricScore: Rule = {
  id: 'rubric-score',
  description: '考核细则各项分值之和不等于总分，或有的项目缺分值',
  severity: 'error',
  check({ tasks }) {
    const rubric = tasks?.rubric;
    if (!rubric) return [];
    const out: Finding[] = [];
    const scored = rubric.items.filter((it) => it.score);
    if (scored.length && scored.length < rubric.items.length) {
      for (const item of rubric.items.filter((it) => !it.score)) {
        out.push({ position: item.position, message: `考核细则“${item.content.value}”没有分值，其他项目都有。`, hint: '给这一项写上 分值，合计才完整。' });
      }
    }
    const sum = scored.reduce((s, it) => s + it.score!.value, 0);
    if (rubric.total && scored.length && sum !== rubric.total.value) {
      out.push({
        position: rubric.total.position,
        message: `考核细则写总分 ${rubric.total.value} 分，各项分值加起来是 ${sum} 分。`,
        hint: '调整各项分值或总分，使两者相等。',
      });
    }
    return out;
  },
};
