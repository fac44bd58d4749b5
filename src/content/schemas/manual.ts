/** Front matter and data files of a guidance manual: manual.md, its chapter files, 图鉴.yaml and the standards registry. */
import { z } from 'zod';

const text = z.string().trim().min(1);

/** 2026年11月 or 2026年11月23日: a cover shows the month; no zero padding, as in 公文 dates. */
const coverDate = z.string().transform((s, ctx) => {
  const m = /^(\d{4})年([1-9]|1[0-2])月(?:([1-9]|[12]\d|3[01])日)?$/.exec(s.trim());
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `“${s}”不是封面日期。`, params: { hint: '写成 2026年11月 或 2026年11月23日，月、日前不补 0。' } });
    return z.NEVER;
  }
  return { text: s.trim(), year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 1 };
});

export const manualSchema = z
  .object({
    文种: z.literal('手册'),
    标题: text,
    副标题: text.optional(),
    编制单位: text,
    版次: text.optional(),
    日期: coverDate,
    纸张: z.enum(['A4', 'A5']).default('A4'),
    /** The standards registry, relative to the manual folder. */
    标准库: text.optional(),
    /** The 图鉴 entries file, relative to the manual folder. */
    图鉴: text.optional(),
    章节: z.array(text).min(1),
  })
  .strict();

export const chapterSchema = z
  .object({
    标题: text,
    /** Which 图鉴 entries this chapter prints after its text: all of them, or a list of ids. */
    图鉴: z.union([z.literal('全部'), z.array(text).min(1)]).optional(),
  })
  .strict();

/** "60%" → 0.6, a share of the 版心 width; undefined when it is not a percentage from 1% to 100%. */
export function percentShare(text: string): number | undefined {
  const m = /^(\d{1,3})\s*%$/.exec(text.trim());
  const share = m ? Number(m[1]) / 100 : NaN;
  return share > 0 && share <= 1 ? share : undefined;
}

export const widthShare = z.string().transform((s, ctx) => {
  const share = percentShare(s);
  if (share === undefined) {
    ctx.addIssue({ code: 'custom', message: `宽度“${s}”无法识别。`, params: { hint: '写成版心宽度的百分比，1% 到 100%，如 60%。' } });
    return z.NEVER;
  }
  return share;
});

const imageEntry = z.object({ 文件: text.describe('图片文件（PNG 或 JPEG），相对手册文件夹，如 images/yx-01.png'), 说明: text.describe('图题'), 宽度: widthShare.describe('占版心宽度的百分比，如 60%；不写为 80%').optional() }).strict();
const citationEntry = z
  .object({
    标准: text.describe('标准库里的编号，如 GB 8958—2006'),
    条款: z.union([text, z.number().transform(String)]).describe('条款号，如 4.2.1').optional(),
    内容: text.describe('该条的要求（简述）').optional(),
  })
  .strict();

export const entrySchema = z
  .object({
    编号: text.describe('条目编号，全手册不重复，如 YX-01'),
    标题: text.describe('条目标题：隐患是什么'),
    问题描述: text.describe('问题描述；多段之间空一行'),
    图片: z.array(imageEntry).default([]).describe('图片，印在问题描述之后'),
    规范标准: z.array(citationEntry).min(1).describe('违反的规范标准，至少一项'),
    对策措施: z.array(text).min(1).describe('对策措施，每项一条，自动编号'),
    事故案例: text.describe('事故案例').optional(),
  })
  .strict();

export const entriesFileSchema = z.object({ 条目: z.array(entrySchema).min(1).describe('图鉴条目') }).strict();

export const standardsFileSchema = z
  .object({
    标准: z
      .array(z.object({ 编号: text.describe('标准编号，如 GB 8958—2006，或 应急管理部令第13号'), 名称: text.describe('标准名称，不带书名号'), 状态: text.describe('写“废止”时，引用它会得到提醒').optional() }).strict())
      .min(1),
  })
  .strict();

export const MANUAL_KEYS = Object.keys(manualSchema.shape);
export const CHAPTER_KEYS = Object.keys(chapterSchema.shape);
export const ENTRY_KEYS = Object.keys(entrySchema.shape);
export const IMAGE_KEYS = Object.keys(imageEntry.shape);
export const CITATION_KEYS = Object.keys(citationEntry.shape);
