/**
 * A count in prose that disagrees with the items it counts:
 * - 「3个行业领域25个重点检查事项[钢铁企业8条、…、存在有限空间作业企业4条]」: the bracketed list right
 *   after the counted phrase has 4 items, and its numbered items sum to 25;
 * - 「全区75家：科教城1家、湖塘镇5家、…」: a total, a colon, then items whose numbers must add up to it.
 */
import type { Finding, Rule } from '../rule.js';
import { codePointOffset, positionIn, textSpans } from '../text-spans.js';

const UNITS = '个|项|条|家|类|种|名|处|件|批|座|台|份|位|支|组|所';
// A count: a number and its measure word. Bounds (不少于14家, 至少走访1个镇, 30人以上, 约5家) and ordinals
// (第3个) are not counts.
const COUNT = new RegExp(
  String.raw`(?<![\d.]|(?:不少于|至少|不低于|不超过|超过|最多|最少)\p{Script=Han}{0,4}|近|约|逾|第|前)(\d+)\s*(${UNITS})(?!以上|以下|左右|余|多)`,
  'gu',
);
const ITEM_NUMBER = new RegExp(String.raw`(\d+)\s*(${UNITS})$`);
// Form B: a total, a colon, and the list after it.
const TOTAL = new RegExp(String.raw`(?<![\d.]|第)(\d+)\s*(${UNITS})\s*[：:]`, 'g');

const OPEN: Record<string, string> = { '[': ']', '（': '）', '(': ')', '【': '】', '［': '］' };
const CLOSERS = new Set(Object.values(OPEN));
// A counted phrase starts after the previous clause mark or bracket.
const PHRASE_START = /[，。；：！？、,;:!?“”（）()[\]【】［］][^，。；：！？、,;:!?“”（）()[\]【】［］]*$/;

/** Index of the bracket closing the one at `open`, nested brackets of any kind skipped; -1 if none. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i]! in OPEN) depth++;
    else if (CLOSERS.has(text[i]!) && --depth === 0) return OPEN[text[open]!] === text[i] ? i : -1;
  }
  return -1;
}

/** The items of a list: split at 顿号 outside nested brackets, so 铝加工（深井铸造）企业7条 stays one item. */
function items(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch in OPEN) depth++;
    else if (CLOSERS.has(ch)) depth--;
    else if (ch === '、' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out;
}

/** The sum of the items' trailing numbers (钢铁企业8条), if every item ends in one with the unit given (or any unit). */
function itemSum(list: string[], unit?: string): { sum: number; terms: number[] } | undefined {
  const terms: number[] = [];
  for (const item of list) {
    const m = ITEM_NUMBER.exec(item);
    if (!m || (unit !== undefined && m[2] !== unit)) return undefined;
    terms.push(Number(m[1]));
  }
  return { sum: terms.reduce((a, b) => a + b, 0), terms };
}

export const countList: Rule = {
  id: 'count-list',
  description: '正文中的数量与后面列举的项目数或各项之和不符（如“3个行业领域”后列了4个）',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of textSpans(ctx.document)) {
      const { text } = span;
      const at = (index: number) => positionIn(span, codePointOffset(text, index));

      // Form A: counted phrase, then a bracketed list.
      for (let open = 0; open < text.length; open++) {
        if (!(text[open]! in OPEN)) continue;
        const close = closing(text, open);
        if (close < 0) continue;
        const inner = text.slice(open + 1, close);
        const list = items(inner);
        // A colon inside is form B; 各 and a final 等 mean the items are not what is counted.
        if (list.length < 2 || /[：:各]/.test(inner) || list.some((it) => it === '' || it.endsWith('等'))) continue;
        const before = text.slice(0, open);
        const phraseFrom = (PHRASE_START.exec(before)?.index ?? -1) + 1;
        const phrase = before.slice(phraseFrom);
        const counts = [...phrase.matchAll(COUNT)];
        if (counts.length === 0 || counts.length > 2) continue;
        const sum = itemSum(list);
        const quote = (k: number) => phrase.slice(counts[k]!.index, counts[k + 1]?.index ?? phrase.length);
        const sumText = sum ? `${sum.terms.join('+')}=${sum.sum}` : '';
        const report = (k: number, expected: number, what: string) => {
          const c = counts[k]!;
          const written = quote(k);
          out.push({
            position: at(phraseFrom + c.index),
            message: `“${written}”与后面括号里${what}不符。`,
            hint: `核对数量和列举的项目：若列举无误，改为“${expected}${written.slice(c[1]!.length)}”。`,
          });
        };
        const [first = 0, second] = counts.map((c) => Number(c[1]));
        const n = list.length;
        // A count of 1 before a list names alternatives (1个镇（街道、园区）), not the items counted.
        const countsItems = (v: number) => v === n || v === 1;
        if (second !== undefined && sum) {
          // 3个行业领域25个重点检查事项[钢铁企业8条、…]: the first counts the items, the second adds them up.
          if (!countsItems(first)) report(0, n, `列举的${n}项`);
          if (second !== sum.sum) report(1, sum.sum, `各项之和（${sumText}）`);
        } else if (second !== undefined) {
          // Without numbered items either count may be the one the list spells out (80家企业中抽查3家（甲、乙、丙）).
          if (!countsItems(first) && !countsItems(second)) report(0, n, `列举的${n}项`);
        } else if (!countsItems(first) && first !== sum?.sum) {
          report(0, n, `列举的${n}项${sum ? `、各项之和（${sumText}）都` : ''}`);
        }
        open = close;
      }

      // Form B: total, colon, numbered items up to the end of the clause.
      for (const m of text.matchAll(TOTAL)) {
        const [written, total = '', unit = ''] = m;
        const rest = text.slice(m.index + written.length);
        let depth = 0;
        let end = 0;
        for (; end < rest.length; end++) {
          const ch = rest[end]!;
          if (ch in OPEN) depth++;
          else if (CLOSERS.has(ch)) {
            if (--depth < 0) break;
          } else if (depth === 0 && /[。；;]/.test(ch)) break;
        }
        const list = items(rest.slice(0, end));
        const sum = list.length >= 2 ? itemSum(list, unit) : undefined;
        if (!sum || sum.sum === Number(total)) continue;
        out.push({
          position: at(m.index),
          message: `合计“${total}${unit}”与冒号后各项之和（${sum.terms.join('+')}=${sum.sum}）不符。`,
          hint: `核对各项数字；若各项无误，改为“${sum.sum}${unit}”。`,
        });
      }
    }
    return out;
  },
};
