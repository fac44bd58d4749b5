/**
 * Chapters: the 章标题 (a new page each), then the blocks. Level-1 headings and entry headings
 * carry a bookmark named by their anchor (ch1-s2), chapter titles one named by the chapter id,
 * around the heading text: what the 目录's hyperlinks and Word's cross-references point at.
 */
import { Bookmark, ImageRun, Paragraph, type FileChild } from 'docx';
import { chapterSections, type Chapter, type Entry, type Figure } from '../../../ir/manual.js';
import type { Heading, HeadingLevel, Paragraph as ParagraphBlock } from '../../../ir/types.js';
import { printedWidthShare, type ManualProfile } from '../../../layout/manual-profile.js';
import { citationText } from '../../citation-text.js';
import { bodyBlocks } from '../body.js';
import type { DocxMetrics } from '../metrics.js';
import { inlineRuns, textRun } from '../runs.js';
import { STYLE } from '../styles.js';
import { MSTYLE } from './styles.js';

/** Level 1 is written here (with its bookmark); deeper levels go through the 公文 body writer. */
const HEADING_STYLES: Record<HeadingLevel, string> = { 1: MSTYLE.section, 2: MSTYLE.subsection, 3: STYLE.heading3, 4: STYLE.heading4 };

const EMU_PER_MM = 36_000;
/** The docx library takes image sizes in pixels of 9525 EMU. */
const EMU_PER_PX = 9525;

/** A figure's printed size in EMU (the width share after the height cap, the height from the aspect ratio). */
export function figureExtent(f: Figure, mp: ManualProfile): { cx: number; cy: number } {
  const cx = printedWidthShare(f, mp) * mp.base.block.widthMm * EMU_PER_MM;
  return { cx: Math.round(cx), cy: Math.round((cx * f.image.heightPx) / f.image.widthPx) };
}

function headingParagraph(h: Heading, anchor: string, mp: ManualProfile): Paragraph {
  const role = mp.base.headings[h.level].role;
  return new Paragraph({
    style: HEADING_STYLES[h.level],
    children: [new Bookmark({ id: anchor, children: [textRun(h.ordinal ?? '', role), ...inlineRuns(h.children, role)] })],
  });
}

function figureBlocks(f: Figure, mp: ManualProfile): Paragraph[] {
  const { cx, cy } = figureExtent(f, mp);
  const role = mp.style.figure.captionRole;
  return [
    new Paragraph({
      style: MSTYLE.figure,
      children: [
        new ImageRun({
          type: f.image.format === 'jpeg' ? 'jpg' : 'png',
          data: f.image.bytes,
          transformation: { width: cx / EMU_PER_PX, height: cy / EMU_PER_PX },
          altText: { name: f.number, title: f.caption, description: `${f.number}　${f.caption}` },
        }),
      ],
    }),
    new Paragraph({ style: MSTYLE.caption, children: [textRun(`${f.number}　${f.caption}`, role)] }),
  ];
}

function entryBlocks(e: Entry, anchor: string, mp: ManualProfile, m: DocxMetrics): FileChild[] {
  const { labels, brackets, labelRole } = mp.style.entry;
  const body = mp.base.body.role;
  const label = (text: string) => new Paragraph({ style: MSTYLE.entryLabel, children: [textRun(`${brackets[0]}${text}${brackets[1]}`, labelRole)] });
  const paras = (ps: readonly ParagraphBlock[]) => bodyBlocks(ps, mp.base, m, { headingStyles: HEADING_STYLES });
  return [
    headingParagraph(e.heading, anchor, mp),
    label(labels.problem),
    ...paras(e.problem),
    ...e.figures.flatMap((f) => figureBlocks(f, mp)),
    label(labels.standards),
    ...e.standards.map((c) => new Paragraph({ style: STYLE.body, children: [textRun(citationText(c), body)] })),
    label(labels.measures),
    ...paras(e.measures),
    ...(e.accident?.length ? [label(labels.accident), ...paras(e.accident)] : []),
  ];
}

export function chapterBlocks(ch: Chapter, mp: ManualProfile, m: DocxMetrics, newPage: boolean): FileChild[] {
  const role = mp.style.chapterTitle.role;
  const title = new Paragraph({
    style: MSTYLE.chapterTitle,
    // The first chapter opens its section, which starts the page already.
    pageBreakBefore: newPage,
    children: [new Bookmark({ id: ch.id, children: [textRun(`${ch.ordinal}　${ch.title}`, role)] })],
  });
  const anchors = chapterSections(ch).map((s) => s.anchor);
  let next = 0;
  const out: FileChild[] = [title];
  for (const b of ch.blocks) {
    if (b.type === 'entry') out.push(...entryBlocks(b, anchors[next++]!, mp, m));
    else if (b.type === 'heading' && b.level === 1) out.push(headingParagraph(b, anchors[next++]!, mp));
    else if (b.type === 'figure') out.push(...figureBlocks(b, mp));
    else out.push(...bodyBlocks([b], mp.base, m, { headingStyles: HEADING_STYLES }));
  }
  return out;
}
