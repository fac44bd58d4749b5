/** Shared by the township and unit rules: a typed table column's values resolved through the registry. */
import type { Registry } from '../content/registry.js';
import { resolveName, type NameKind } from '../content/registry.js';
import { documentTables } from '../ir/document-blocks.js';
import type { OfficialDocument, SourcePosition } from '../ir/types.js';
import type { TaskSet } from '../tasks/task-set.js';
import type { Finding } from './rule.js';

const KIND_NAME: Record<NameKind, string> = { township: '乡镇（板块）', unit: '单位' };
const FILE: Record<NameKind, string> = { township: 'townships.yaml', unit: 'units.yaml' };

/** Names to resolve: typed table cells, and for units the tasks' 牵头/配合/责任单位. */
function namesOf(doc: OfficialDocument, tasks: TaskSet | undefined, kind: NameKind): { text: string; position: SourcePosition }[] {
  const type = kind === 'township' ? '乡镇' : '单位';
  const out: { text: string; position: SourcePosition }[] = [];
  for (const table of documentTables(doc)) {
    const data = table.data;
    if (!data) continue;
    for (const col of data.columns.filter((c) => c.type === type)) {
      for (const rec of data.records) {
        const v = rec.values[col.field];
        if (v && v.text !== '') out.push(v);
      }
    }
  }
  if (kind === 'unit') {
    for (const row of tasks?.rows ?? []) for (const u of [...(row.lead ?? []), ...(row.support ?? []), ...(row.units ?? [])]) out.push({ text: u.value, position: u.position });
  }
  return out;
}

export function nameFindings(doc: OfficialDocument, registry: Registry | undefined, kind: NameKind, tasks?: TaskSet): Finding[] {
  const names = namesOf(doc, tasks, kind);
  if (!registry) {
    // Tasks name units in every row: without a registry their spelling goes unchecked, so say so once.
    const first = kind === 'unit' && tasks?.rows.some((r) => r.lead || r.support || r.units) ? names[0] : undefined;
    return first
      ? [{ position: first.position, severity: 'warning', message: '任务写了责任单位，但本文没有指定名录，单位名称无法核对。', hint: '在 index.md 的前置数据里写 名录: 名录文件夹名，并在其 units.yaml 里列出各单位的规范名称。' }]
      : [];
  }
  const out: Finding[] = [];
  for (const v of names) {
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
  return out;
}
