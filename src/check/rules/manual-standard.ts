/**
 * Standards a manual cites must be in its registry (标准库), in the edition the registry holds:
 * the 规范标准 of every 图鉴 entry, and every standard code written in the text.
 */
import type { Finding } from '../rule.js';
import type { ManualRule } from '../manual-rule.js';
import { codePointOffset, positionIn, spansOf } from '../text-spans.js';
import { STANDARD_CODE } from './standard-code.js';

const WITHDRAWN = /废止|作废/;

export const manualStandard: ManualRule = {
  id: 'manual-standard',
  description: '手册引用的标准不在标准库里、版本（年号）与标准库不同，或已废止',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    const { standards } = ctx;
    const cite = (code: string, position: Finding['position']) => {
      if (!standards) {
        out.push({ position: ctx.standardsAt, message: `手册引用了标准“${code}”，但 manual.md 没有指定标准库。`, hint: '在 manual.md 的前置数据里加一行 标准库: ../registries/standards.yaml，并在其中列出引用的标准。' });
        return;
      }
      const found = standards.find(code);
      if (!found) {
        const undated = standards.find(code.replace(/\s*[—–\-－]\s*\d{4}$/, ''));
        out.push(
          undated
            ? { position, message: `标准“${code}”与标准库中的版本“${undated.code}”不同。`, hint: `引用现行版本就改成“${undated.code}”；确需引用旧版本，先把它列入 ${standards.file}。` }
            : { position, message: `标准“${code}”不在标准库 ${standards.file} 里。`, hint: `查对编号是否写错；确实要引用，就在 ${standards.file} 里加上它的 编号 和 名称。` },
        );
      } else if (found.status && WITHDRAWN.test(found.status)) {
        out.push({ position, severity: 'warning', message: `标准“${found.code}”在标准库里注明“${found.status}”。`, hint: '改为引用替代它的现行标准。' });
      }
    };
    for (const ch of ctx.manual.chapters) for (const b of ch.blocks) if (b.type === 'entry') for (const c of b.standards) cite(c.code, c.position);
    for (const span of spansOf(ctx)) {
      if (span.where === 'standard') continue;
      for (const m of span.text.matchAll(STANDARD_CODE)) {
        const [, prefix = '', number, year] = m;
        if (number === undefined) continue;
        cite(`${prefix} ${number}${year ? `—${year}` : ''}`, positionIn(span, codePointOffset(span.text, m.index)));
      }
    }
    // Only one report of a missing registry.
    return standards ? out : out.slice(0, 1);
  },
};
