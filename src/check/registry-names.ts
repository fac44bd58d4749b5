/** Shared by the township and unit rules: a typed table column's values resolved through the registry. */
import type { Registry } from '../content/registry.js';
import { resolveName, type NameKind } from '../content/registry.js';
import { documentTables } from '../ir/document-blocks.js';
import type { OfficialDocument } from '../ir/types.js';
import type { Finding } from './rule.js';

const KIND_NAME: Record<NameKind, string> = { township: '乡镇（板块）', unit: '单位' };
const FILE: Record<NameKind, string> = { township: 'townships.yaml', unit: 'units.yaml' };

export function nameFindings(doc: OfficialDocument, registry: Registry | undefined, kind: NameKind): Finding[] {
  if (!registry) return [];
  const type = kind === 'township' ? '乡镇' : '单位';
  const out: Finding[] = [];
  for (const table of documentTables(doc)) {
    const data = table.data;
    if (!data) continue;
    for (const col of data.columns.filter((c) => c.type === type)) {
      for (const rec of data.records) {
        const v = rec.values[col.field];
        if (!v || v.text === '') continue;
        const r = resolveName(registry, kind, v.text);
        if (r.status === 'alias') {
          out.push({
            position: v.position,
            message: `“${v.text}”是${KIND_NAME[kind]}“${r.entry.name}”的别称。`,
            hint: `全文统一写规范名称“${r.entry.name}”。`,
            severity: 'warning',
          });
        } else if (r.status === 'unknown') {
          out.push({
            position: v.position,
            message: `名录“${registry.name}”里没有${KIND_NAME[kind]}“${v.text}”。`,
            hint: `检查是否写错了字；确是新的${KIND_NAME[kind]}，把它加进 content/registries/${registry.name}/${FILE[kind]}。`,
          });
        }
      }
    }
  }
  return out;
}
