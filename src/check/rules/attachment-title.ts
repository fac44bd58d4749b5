import type { Rule } from '../rule.js';
import { listedAttachments } from '../text-spans.js';

/** GB/T 9704 §7.3.5: the title on the attachment page is identical to the one in 附件说明. */
export const attachmentTitle: Rule = {
  id: 'attachment-title',
  description: '附件页上的标题与附件说明中的名称不一致',
  severity: 'error',
  check({ document }) {
    return document.attachments.flatMap((a) => {
      const note = listedAttachments(document).find((n) => n.number === a.number);
      const title = a.title.join('');
      if (!note || note.title === title) return [];
      return [
        {
          position: a.position,
          message: `附件${a.number}的标题“${title}”与附件说明中的“${note.title}”不一致。`,
          hint: `GB/T 9704 要求两处完全一致；附件说明在 ${note.position.file} 第 ${note.position.line} 行，改正其中一处。`,
        },
      ];
    });
  },
};
