/**
 * OfficialDocument → DOCX bytes, laid out per GB/T 9704-2012 from the layout profile alone.
 * Pure: the same model gives the same bytes (dates come from the 成文日期, not the clock).
 */
import { Document, DocumentGridType, Packer, PageOrientation, type FileChild } from 'docx';
import type { OfficialDocument } from '../../ir/types.js';
import { docxFontNames, latinFontName, profile as defaultProfile, type Orientation, type Profile } from '../../layout/gbt9704.js';
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

/** A run of pages of one orientation: one DOCX section. */
interface Part {
  orientation: Orientation;
  children: FileChild[];
}

export async function buildDocx(doc: OfficialDocument, opts: { profile?: Profile } = {}): Promise<Uint8Array> {
  const p = opts.profile ?? defaultProfile;
  const m = docxMetrics(p);
  const letter = doc.format === 'letter';
  const parts: Part[] = [
    {
      orientation: 'portrait',
      children: [
        ...(letter ? letterHeadBlocks(doc, p, m) : headBlocks(doc, p, m)),
        ...bodyBlocks(doc.body, p, m, { keepEndWithNext: doc.format !== 'minutes' }),
        ...attachmentNoteBlocks(doc.attachmentNotes, p, m),
        // A 纪要 has no 落款: the attendance lists close the 主体.
        ...(doc.format === 'minutes' ? attendanceBlocks(doc.attendance ?? [], doc.note, p, m) : signatureBlocks(doc.signature, doc.note, p, m)),
        ...(doc.enclosure ? enclosureBlocks(doc.enclosure, p, m) : []),
      ],
    },
  ];
  /** Appends to the last part, or opens a part (a section, which starts a new page) for another orientation. */
  const add = (orientation: Orientation, blocks: (opensSection: boolean) => FileChild[]) => {
    const last = parts[parts.length - 1]!;
    if (last.orientation === orientation) last.children.push(...blocks(false));
    else parts.push({ orientation, children: blocks(true) });
  };
  // A 横排 attachment gets landscape pages of its own, with the 版心 turned.
  for (const a of doc.attachments) {
    const orientation = a.landscape ? 'landscape' : 'portrait';
    add(orientation, (opens) => attachmentBlocks(a, p, docxMetrics(p, orientation), opens));
  }
  // The 版记 closes the document on a portrait page.
  if (doc.colophon) add('portrait', () => colophonBlocks(doc.colophon!, p, m));
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
    sections: parts.map((part, i) => {
      const pm = docxMetrics(p, part.orientation);
      const first = i === 0;
      return {
        properties: {
          page: {
            // The library swaps width and height for a landscape page.
            size: { width: m.pageWidth, height: m.pageHeight, orientation: part.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...pm.margin, footer: footerDistance(p, pm), gutter: 0 },
          },
          // Lines only: a character grid (linesAndChars) makes LibreOffice set 14–15 characters a
          // line; the 28 per line come from the body style's character spacing instead.
          grid: { type: DocumentGridType.LINES, linePitch: pm.linePitch },
          // A 信函's page 1 has no page number: its own, empty footer.
          ...(letter && first ? { titlePage: true } : {}),
        },
        // Every section names its footers, or it would inherit the previous section's. A landscape
        // section's number sits in its own footer, at the sheet's foot (see pageNumberFooters).
        footers: { ...pageNumberFooters(p, pm), ...(letter && first ? { first: letterFirstFooter() } : {}) },
        children: separateTables(part.children),
      };
    }),
  });
  const packed = await Packer.toBuffer(file);
  return normalizePackage(new Uint8Array(packed), { styles: stylesXml(p, m), date });
}
