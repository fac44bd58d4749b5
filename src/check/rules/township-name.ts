import type { Finding, Rule } from '../rule.js';
import { codePointOffset, positionIn, textSpans } from '../text-spans.js';
import { nameFindings } from '../registry-names.js';

/**
 * Township names in 乡镇 columns must be in the registry under their canonical name; in prose
 * an alias (雪堰 for 雪堰镇, 南夏墅 for 南夏墅街道) is reported too.
 */
export const townshipName: Rule = {
  id: 'township-name',
  description: '乡镇（板块）名称不在名录中，或用了别称而非规范名称',
  severity: 'error',
  check({ document, registry }) {
    if (!registry) return [];
    const out: Finding[] = nameFindings(document, registry, 'township');
    // A typed column's value is reported above; prose and untyped cells are scanned here.
    const typed = new Set(out.map((f) => `${f.position.file}:${f.position.line}:${f.position.column}`));
    const aliases = registry.townships.flatMap((e) => e.aliases.map((alias) => ({ alias, entry: e })));
    for (const span of textSpans(document)) {
      for (const { alias, entry } of aliases) {
        for (let i = span.text.indexOf(alias); i >= 0; i = span.text.indexOf(alias, i + alias.length)) {
          // 雪堰 inside 雪堰镇, or inside any other canonical name, is not an alias.
          const covered = registry.townships.some((e) => {
            for (let j = span.text.indexOf(e.name); j >= 0; j = span.text.indexOf(e.name, j + 1)) if (j <= i && i + alias.length <= j + e.name.length) return true;
            return false;
          });
          const position = positionIn(span, codePointOffset(span.text, i));
          if (covered || typed.has(`${position.file}:${position.line}:${position.column}`)) continue;
          out.push({
            position,
            message: `“${alias}”是“${entry.name}”的别称。`,
            hint: `改为规范名称“${entry.name}”，与各表格一致。`,
            severity: 'warning',
          });
        }
      }
    }
    return out;
  },
};
