/**
 * Ordinals written off-standard inside Chinese text: half-width brackets ((一), (1)), a 顿号 after a
 * bracketed ordinal (（一）、), and 1、 for an item number (GB/T 9704 uses 一、 （一） 1. （1））.
 */
import type { Finding, Rule, TextContext } from '../rule.js';
import { codePointOffset, positionIn, spansOf } from '../text-spans.js';

// A bracketed ordinal in brackets of either width, with the 顿号 that may follow it.
const BRACKET_ORDINAL = /[(（]([一二三四五六七八九十]+|\d{1,2})[)）](、?)/g;

export interface BracketOrdinal {
  /** UTF-16 index in the text. */
  index: number;
  written: string;
  /** The number inside the brackets. */
  n: string;
  /** One or both brackets half-width. */
  half: boolean;
  /** A 顿号 after the closing bracket. */
  comma: boolean;
}

/** Off-standard bracketed ordinals in a text: (一), （1), (1)排查 and （一）、. */
export function bracketOrdinals(text: string): BracketOrdinal[] {
  const out: BracketOrdinal[] = [];
  for (const m of text.matchAll(BRACKET_ORDINAL)) {
    const [written, n = '', comma] = m;
    const half = /[()]/.test(written);
    if (!half && !comma) continue;
    // (1) is an ordinal when item text follows it; f(1) or 见式(1)。 is a formula or a reference.
    if (!comma && /^\(\d+\)$/.test(written) && !/\p{Script=Han}/u.test(text[m.index + written.length] ?? '')) continue;
    out.push({ index: m.index, written, n, half, comma: comma === '、' });
  }
  return out;
}

// 1、 at the start of a line or after a sentence or clause mark; 1、2月 is a list of numbers, not an ordinal.
const ITEM_NUMBER = /(?<=^|[\s：；。！？:;])(\d{1,2})、(?!\d)/g;

export const ordinalStyle: Rule<TextContext> = {
  id: 'ordinal-style',
  description: '序号写法不规范：半角括号(一)(1)、“（一）、”、“1、”',
  severity: 'warning',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of spansOf(ctx)) {
      const { text } = span;
      for (const o of bracketOrdinals(text)) {
        const problems = [o.half ? '用了半角括号' : '', o.comma ? '括号后面多了顿号' : ''].filter(Boolean).join('，');
        out.push({
          position: positionIn(span, codePointOffset(text, o.index)),
          message: `序号“${o.written}”${problems}。`,
          hint: `改为“（${o.n}）”。`,
        });
      }
      for (const m of text.matchAll(ITEM_NUMBER)) {
        const [written, n = ''] = m;
        out.push({
          position: positionIn(span, codePointOffset(text, m.index)),
          message: `序号“${written}”不规范：阿拉伯数字序号后面用圆点，不用顿号。`,
          hint: `改为“${n}.”。`,
        });
      }
    }
    return out;
  },
};
