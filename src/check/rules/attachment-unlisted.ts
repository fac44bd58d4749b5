import type { Rule } from '../rule.js';

/** A Markdown file in the folder that no 附件 entry names: usually an attachment left out of 附件说明. */
export const attachmentUnlisted: Rule = {
  id: 'attachment-unlisted',
  description: '文件夹里有 Markdown 文件没有列入附件说明（漏列的附件）',
  severity: 'warning',
  check: ({ strayFiles }) =>
    (strayFiles ?? []).map((file) => ({
      position: { file, line: 1, column: 1 },
      message: `${file.split('/').pop()} 没有列入附件说明，不会印出。`,
      hint: '若是附件，在附件说明（附件 列表）里补上它的标题和文件名；若不需要，把它移出本文件夹。',
    })),
};
