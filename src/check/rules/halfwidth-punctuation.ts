/**
 * Half-width , ; : ? ! ( ) next to Chinese text, which takes the full-width marks ，；：？！（）.
 * Latin and number contexts (12.5%, 9:30, a URL) keep theirs.
 */
import type { Finding, Rule, TextContext } from '../rule.js';
import { codePointOffset, positionIn, spansOf } from '../text-spans.js';
import { DOC_NUMBER } from './doc-number-format.js';
import { bracketOrdinals } from './ordinal-style.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAMES: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '括号', ')': '括号' };

const URL = /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** UTF-16 ranges [start, end) of URLs and e-mail addresses, whose punctuation is part of the address. */
export function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/** A Han character or a full-width (CJK) punctuation mark. */
function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/u.test(ch);
}

/** Nearest character that is not a space, looking left (step −1) or right (step +1) from index i. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let k = i + step; k >= 0 && k < text.length; k += step) if (!/\s/.test(text[k]!)) return text[k];
  return undefined;
}

/** Up to four characters either side of [start, end), for quoting in a message. */
function excerpt(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 4), end + 4);
}

export const halfwidthPunctuation: Rule<TextContext> = {
  id: 'halfwidth-punctuation',
  description: '中文里用了半角标点 , ; : ? ! ( )',
  severity: 'warning',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of spansOf(ctx)) {
      const { text } = span;
      // Ordinals and 文号 have their own rules, which give the right bracket for them.
      const skip = [
        ...urlRanges(text),
        ...bracketOrdinals(text).map((o): [number, number] => [o.index, o.index + o.written.length]),
        ...[...text.matchAll(DOC_NUMBER)].map((m): [number, number] => [m.index, m.index + m[0].length]),
      ];
      const skipped = (i: number) => skip.some(([s, e]) => i >= s && i < e);
      const report = (start: number, end: number, fixed: string, ch: string) =>
        out.push({
          position: positionIn(span, codePointOffset(text, start)),
          message: `中文里用了半角${NAMES[ch]}“${ch}”：“${excerpt(text, start, end)}”。`,
          hint: `改为全角“${FULL[ch]}”：“${fixed}”。`,
        });
      const paired = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (!(ch in FULL) || skipped(i) || paired.has(i)) continue;
        if (ch === '(') {
          const close = text.indexOf(')', i + 1);
          const inner = close > i ? text.slice(i + 1, close) : '';
          // A pair is Chinese when it holds Han text or stands between Han characters: 80×120(cm) is not.
          if (close > i && !inner.includes('(')) {
            paired.add(close);
            if (/\p{Script=Han}/u.test(inner) || /\p{Script=Han}/u.test(text[i - 1] ?? '') || /\p{Script=Han}/u.test(text[close + 1] ?? '')) {
              const from = Math.max(0, i - 4);
              const fixed = `${text.slice(from, i)}（${inner}）${text.slice(close + 1, close + 5)}`;
              report(i, close + 1, fixed, ch);
            }
            continue;
          }
        }
        if (!isChinese(neighbour(text, i, -1)) && !isChinese(neighbour(text, i, 1))) continue;
        const before = text.slice(Math.max(0, i - 4), i).trimEnd();
        const after = text.slice(i + 1, i + 5).trimStart();
        report(i, i + 1, `${before}${FULL[ch]}${after}`, ch);
      }
    }
    return out;
  },
};
