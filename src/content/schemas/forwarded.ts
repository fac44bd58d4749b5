/**
 * Front matter of a document a notice 转发s: another organ's 公文 in 文件格式, reproduced
 * whole with its own 版头, title, 主送, body and 落款.
 */
import { z } from 'zod';
import { dateField, nameOrList, textLines } from './common.js';
import { attachmentList, DOC_NUMBER } from './notice.js';

export const forwardedSchema = z
  .object({
    发文机关标志: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    标志后缀: z.string().optional(),
    发文字号: z
      .string()
      .refine((v) => DOC_NUMBER.test(v), { message: '发文字号格式不对。', params: { hint: '照原文写，例如 常安办〔2024〕6号：年份用六角括号〔〕。' } })
      .optional(),
    标题: textLines,
    主送: z.string().min(1).optional(),
    附件: attachmentList,
    署名: nameOrList,
    成文日期: dateField,
    印章: z.boolean().default(true),
    数据: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
