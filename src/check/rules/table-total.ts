import type { Finding, Rule } from '../rule.js';
import { documentTables } from '../../ir/document-blocks.js';

/** A total row found in the data (declared) must equal the sum of the rows above it. */
export const tableTotal: Rule = {
  id: 'table-total',
  description: '表格的合计行与各行之和不符',
  severity: 'error',
  check({ document }) {
    const out: Finding[] = [];
    for (const table of documentTables(document)) {
      const data = table.data;
      if (!data?.total?.declared) continue;
      for (const [field, v] of Object.entries(data.total.values)) {
        const sum = data.records.reduce((s, r) => s + (typeof r.values[field]?.value === 'number' ? (r.values[field].value as number) : 0), 0);
        const label = data.columns.find((c) => c.field === field)?.label ?? field;
        if (v.value === sum) continue;
        out.push({
          position: v.position,
          message: `“${data.total.label}”行的“${label}”写的是${v.text === '' ? '空' : v.text}，各行之和是 ${sum}。`,
          hint: `改为 ${sum}；或删去数据里的“${data.total.label}”行，让 gongwen 自动算出合计。`,
        });
      }
    }
    return out;
  },
};
