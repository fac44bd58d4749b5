/**
 * Front matter of the document a notice 印发s (a 工作要点, a 方案): printed after the notice
 * with its own title, 附件说明 and signature. Its attachments are the package's attachments.
 */
import { z } from 'zod';
import { dateField, nameOrList, textLines } from './common.js';
import { attachmentList } from './notice.js';

export const enclosureSchema = z
  .object({
    标题: textLines,
    附件: attachmentList,
    /** Defaults to the notice's 署名 and 成文日期. */
    署名: nameOrList.optional(),
    成文日期: dateField.optional(),
    数据: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
