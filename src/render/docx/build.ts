/**
 * OfficialDocument → DOCX bytes, laid out per GB/T 9704-2012 from the layout profile alone.
 * Pure: the same model gives the same bytes (dates come from the 成文日期, not the clock).
 */
import { Document, DocumentGridType, Packer, type FileChild } from 'docx';
import type { OfficialDocument } from '../../ir/types.js';
import { docxFontNames, latinFontName, profile as defaultProfile, type Profile } from '../../layout/gbt9704.js';
import { attachmentNoteBlocks } from './attachment-notes.js';
import { attachmentBlocks, enclosureBlocks } from './attachments.js';
import { bodyBlocks } from './body.js';
import { colophonBlocks } from './colophon.js';
import { footerDistance, pageNumberFooters } from './footer.js';
import { headBlocks } from './head.js';
import { letterFirstFooter, letterHeadBlocks } from './letter.js';
import { docxMetrics } from './metrics.js';
import { normalizePackage } from './package.js';
import { signatureBlocks } from './signature.js';
import { attendanceBlocks } from './attendance.js';
import { stylesXml } from './styles.js';
import { separateTables } from './table.js';

export async function buildDocx(doc: OfficialDocument, opts: { profile?: Profile } = {}): Promise<Uint8Array> {
  const p = opts.profile ?? defaultProfile;
  const m = docxMetrics(p);
  const letter = doc.format === 'letter';
  const children: FileChild[] = separateTables([
    ...(letter ? letterHeadBlocks(doc, p, m) : headBlocks(doc, p, m)),
    ...bodyBlocks(doc.body, p, m),
    ...attachmentNoteBlocks(doc.attachmentNotes, p, m),
    // A 纪要 has no 落款: the attendance lists close the 主体.
    ...(doc.format === 'minutes' ? attendanceBlocks(doc.attendance ?? [], doc.note, p, m) : signatureBlocks(doc.signature, doc.note, p, m)),
    ...(doc.enclosure ? enclosureBlocks(doc.enclosure, p, m) : []),
    ...attachmentBlocks(doc.attachments, p, m),
    ...(doc.colophon ? colophonBlocks(doc.colophon, p, m) : []),
  ]);
  const { year, month, day } = doc.signature.date;
  const date = new Date(Date.UTC(year, month - 1, day));

  const file = new Document({
    title: doc.title.join(''),
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    evenAndOddHeaderAndFooters: true,
    // Never consulted (every style and run names its fonts), but a clerk's new text in Word
    // starts from the theme, so it names the official fonts too.
    theme: {
      fonts: {
        headings: { latin: latinFontName, eastAsia: docxFontNames[p.title.role], scripts: { Hans: docxFontNames[p.title.role] } },
        body: { latin: latinFontName, eastAsia: docxFontNames[p.body.role], scripts: { Hans: docxFontNames[p.body.role] } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: m.pageWidth, height: m.pageHeight },
            margin: { ...m.margin, footer: footerDistance(p, m), gutter: 0 },
          },
          // Lines only: a character grid (linesAndChars) makes LibreOffice set 14–15 characters a
          // line; the 28 per line come from the body style's character spacing instead.
          grid: { type: DocumentGridType.LINES, linePitch: m.linePitch },
          // A 信函's page 1 has no page number: its own, empty footer.
          ...(letter ? { titlePage: true } : {}),
        },
        footers: { ...pageNumberFooters(p, m), ...(letter ? { first: letterFirstFooter() } : {}) },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(file);
  return normalizePackage(new Uint8Array(packed), { styles: stylesXml(p, m), date });
}
