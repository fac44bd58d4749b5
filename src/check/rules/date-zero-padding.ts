/** Dates in printed text must not pad month or day with 0 (GB/T 9704: 2021年3月30日, not 2021年03月30日). */
import type { Finding, Rule } from '../rule.js';
import { codePointOffset, positionIn, textSpans } from '../text-spans.js';

// A month with an optional year before it and an optional day after it; a digit right before the month
// would make it part of a longer number.
const DATE = /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/g;

const padded = (s: string | undefined): boolean => s !== undefined && s.length === 2 && s.startsWith('0');

export const dateZeroPadding: Rule = {
  id: 'date-zero-padding',
  description: '日期的月、日前面补了0（如2021年03月30日）',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of textSpans(ctx.document)) {
      for (const m of span.text.matchAll(DATE)) {
        const [text, year, month = '', day] = m;
        const badMonth = padded(month);
        const badDay = padded(day);
        if (!badMonth && !badDay) continue;
        // 00月 or 05月00日 is no date at all.
        if (Number(month) < 1 || Number(month) > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) continue;
        const fixed = `${year ? `${year}年` : ''}${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}`;
        const part = badMonth && badDay ? '月和日' : badMonth ? '月' : '日';
        out.push({
          position: positionIn(span, codePointOffset(span.text, m.index)),
          message: `日期“${text}”的${part}前面补了0；公文中的日期，月、日不编虚位。`,
          hint: `改为“${fixed}”。`,
        });
      }
    }
    return out;
  },
};
