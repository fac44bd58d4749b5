/** Field types shared by the document kinds' schemas. */
import { z } from 'zod';

export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** 2021年3月30日 or 2021-03-30; 2021年03月30日 is refused because GB/T 9704 forbids zero padding. */
export const dateField = z.string().transform((s, ctx): PlainDate => {
  const text = s.trim();
  const cn = CN_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const m = cn ?? iso;
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `“${text}”不是日期。`, params: { hint: '写成 2021年3月30日（也可写 2021-03-30）。' } });
    return z.NEVER;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (cn && (/^0/.test(m[2]!) || /^0/.test(m[3]!))) {
    ctx.addIssue({
      code: 'custom',
      message: `日期“${text}”的月或日前补了 0，GB/T 9704 要求不编虚位。`,
      params: { hint: `写成 ${y}年${mo}月${d}日。` },
    });
    return z.NEVER;
  }
  if (!validDate(y, mo, d)) {
    ctx.addIssue({ code: 'custom', message: `日期“${text}”在日历上不存在。`, params: { hint: '检查月份（1–12）和该月的天数。' } });
    return z.NEVER;
  }
  return { year: y, month: mo, day: d };
});

/** A single name or a list of names. */
export const nameOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** One line, or explicit lines (a list) where the author wants the breaks. */
export const textLines = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : v.split('\n').filter((l) => l.trim() !== '')).map((l) => l.trim()));
