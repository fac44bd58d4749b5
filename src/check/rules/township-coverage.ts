import { resolveName } from '../../content/registry.js';
import type { Finding, Rule } from '../rule.js';
import { documentTables } from '../../ir/document-blocks.js';

/**
 * A table whose 乡镇 column says 覆盖: 全部 must list every township of the registry, each
 * once — so every table that claims full coverage lists the same set.
 */
export const townshipCoverage: Rule = {
  id: 'township-coverage',
  description: '声明覆盖全部乡镇的表格漏列或重列了乡镇',
  severity: 'error',
  check({ document, registry }) {
    if (!registry) return [];
    const out: Finding[] = [];
    for (const table of documentTables(document)) {
      const cov = table.data?.coverage;
      if (!table.data || !cov) continue;
      const seen = new Map<string, number>();
      for (const rec of table.data.records) {
        const v = rec.values[cov.field];
        if (!v) continue;
        const r = resolveName(registry, 'township', v.text);
        if (r.status === 'unknown') continue; // reported by township-name
        const name = r.entry.name;
        seen.set(name, (seen.get(name) ?? 0) + 1);
        if (seen.get(name) === 2) out.push({ position: v.position, message: `“${name}”在本表中出现了两次。`, hint: '删去重复的一行，或合并两行的数字。' });
      }
      const missing = registry.townships.map((e) => e.name).filter((n) => !seen.has(n));
      if (missing.length) {
        out.push({
          position: cov.position,
          message: `本表声明覆盖全部乡镇，但缺少：${missing.join('、')}。`,
          hint: `补上这些乡镇的行（没有任务的写 0），或删去“覆盖: 全部”。名录见 content/registries/${registry.name}/townships.yaml。`,
        });
      }
    }
    return out;
  },
};
