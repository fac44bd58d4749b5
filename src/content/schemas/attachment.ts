/** Front matter of an attachment file; its number and listed title come from the notice's 附件 list. */
import { z } from 'zod';
import { textLines } from './common.js';

export const attachmentSchema = z
  .object({
    /** Title as printed on the attachment page, with the author's line breaks; must match the listed title. */
    标题: textLines.optional(),
    /** 横排: print this attachment on landscape pages, for tables too wide for a portrait page. */
    横排: z.boolean().optional(),
    数据: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export type AttachmentFrontMatter = z.infer<typeof attachmentSchema>;
