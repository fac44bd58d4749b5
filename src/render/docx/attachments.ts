/** 附件 pages: each starts a new page with "附件N" on line 1 and its title on line titleLine. */
import { Paragraph, type FileChild, type Table } from 'docx';
import { headBlocks } from './head.js';
import type { Attachment, Enclosure } from '../../ir/types.js';
import { attachmentNoteBlocks } from './attachment-notes.js';
import { signatureBlocks } from './signature.js';
import type { Profile } from '../../layout/gbt9704.js';
import { bodyBlocks } from './body.js';
import type { DocxMetrics } from './metrics.js';
import { textRun } from './runs.js';
import { STYLE } from './styles.js';

/**
 * Blank lines between an attachment's title and its body. Not in the profile (the standard
 * only says the body is formatted like 正文); one line matches the main title's gap to 主送.
 */
const ATTACHMENT_BODY_GAP_LINES = 1;

/** `opensSection`: the attachment starts a section, whose break already starts the page. */
export function attachmentBlocks(a: Attachment, p: Profile, m: DocxMetrics, opensSection = false): (Paragraph | Table)[] {
  return [
    new Paragraph({ style: STYLE.attachmentLabel, ...(opensSection ? {} : { pageBreakBefore: true }), children: [textRun(`附件${a.number}`, p.attachmentPage.labelRole)] }),
    new Paragraph({
      style: STYLE.attachmentTitle,
      // The label fills line 1; the title's first line is titleLine.
      spacing: { before: Math.max(0, p.attachmentPage.titleLine - 2) * m.linePitch },
      children: a.title.map((line, i) => textRun(line, p.title.role, i > 0 ? { break: 1 } : {})),
    }),
    ...bodyBlocks(a.body, p, m, { before: ATTACHMENT_BODY_GAP_LINES * m.linePitch }),
  ];
}

/**
 * A printed document: a new page with its title on line 1, body, 附件说明 and an unsealed 落款.
 * A forwarded one: its own 版头 on a new page, title, 主送, body, 附件说明 and 落款 as issued.
 */
export function enclosureBlocks(e: Enclosure, p: Profile, m: DocxMetrics): FileChild[] {
  const opening: FileChild[] = e.head
    ? headBlocks({ head: e.head, title: e.title, ...(e.recipients ? { recipients: e.recipients } : {}) }, p, m, true)
    : [
        new Paragraph({
          style: STYLE.title,
          pageBreakBefore: true,
          children: e.title.map((line, i) => textRun(line, p.title.role, i > 0 ? { break: 1 } : {})),
        }),
      ];
  return [
    ...opening,
    ...bodyBlocks(e.body, p, m, { before: e.recipients ? 0 : ATTACHMENT_BODY_GAP_LINES * m.linePitch, keepEndWithNext: true }),
    ...attachmentNoteBlocks(e.attachmentNotes, p, m),
    ...signatureBlocks(e.signature, undefined, p, m),
  ];
}
