/**
 * Manual → DOCX bytes, in three sections: the cover (no header or footer), the front matter
 * (前言, 目录; pages I, II…) and the chapters (pages 1, 2…), each section with the manual's
 * paper, 版心 and line grid from manualProfile. Pure: the same model gives the same bytes.
 */
import { AlignmentType, BorderStyle, Document, DocumentGridType, Footer, Header, NumberFormat, Packer, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { Manual } from '../../../ir/manual.js';
import { docxFontNames, latinFontName, mm, twips } from '../../../layout/gbt9704.js';
import { manualProfile, type ManualProfile } from '../../../layout/manual-profile.js';
import { bodyBlocks } from '../body.js';
import { eighths } from '../colophon.js';
import { footerDistance, pageNumberRuns } from '../footer.js';
import { docxMetrics, hex, type DocxMetrics } from '../metrics.js';
import { normalizePackage } from '../package.js';
import { textRun } from '../runs.js';
import { STYLE, stylesXml } from '../styles.js';
import { separateTables } from '../table.js';
import { chapterBlocks } from './chapters.js';
import { MSTYLE, manualStyleDefs } from './styles.js';
import { tocBlock } from './toc.js';

/** Ascent of CJK type in ems, to set the header's baseline from its paragraph top: a font metric. */
const ASCENT_EM = 0.88;
/** Single line height of CJK type in ems (Noto CJK 1.44; the official fonts less), to place the cover's foot under its title. */
const LINE_EM = 1.44;

/** Title, subtitle and edition at titleTopMm from the paper top; issuer and date ending footBottomMm above its bottom. */
function coverBlocks(manual: Manual, mp: ManualProfile, m: DocxMetrics): Paragraph[] {
  const { base: p, style: s } = mp;
  const c = s.cover;
  const lines = (text: string, size: number) => Math.max(1, Math.ceil((text.length * size) / mm(p.block.widthMm)));
  const top = c.titleTopMm - p.block.topMm;
  const subtitles = [manual.subtitle, manual.edition].filter((x): x is string => Boolean(x));
  const used = lines(manual.title, c.titleSize) * c.titleSize * LINE_EM + subtitles.reduce((n, t) => n + lines(t, c.subtitleSize) * c.subtitleSize * LINE_EM, 0);
  // The foot lines sit on the grid, one pitch each.
  const footTop = p.page.heightMm - c.footBottomMm - p.block.topMm - (2 * m.linePitch) / 20 / mm(1);
  // Three grid lines to spare: with fewer, LibreOffice moved the date onto a second cover page
  // (A4, Noto fonts); a title taller than estimated would do the same.
  const gap = Math.max(0, m.mm(footTop - top) - twips(used) - 3 * m.linePitch);
  return [
    new Paragraph({ style: MSTYLE.coverTitle, spacing: { before: m.mm(top) }, children: [textRun(manual.title, c.titleRole)] }),
    ...subtitles.map((t) => new Paragraph({ style: MSTYLE.coverSubtitle, children: [textRun(t, c.subtitleRole)] })),
    new Paragraph({ style: MSTYLE.coverFoot, spacing: { before: gap }, children: [textRun(manual.issuer, c.footRole)] }),
    new Paragraph({ style: MSTYLE.coverFoot, children: [textRun(manual.date, c.footRole)] }),
  ];
}

function frontBlocks(manual: Manual, mp: ManualProfile, m: DocxMetrics): FileChild[] {
  const s = mp.style;
  const title = (style: string, text: string, newPage: boolean) =>
    new Paragraph({ style, pageBreakBefore: newPage, children: [textRun(text, s.chapterTitle.role)] });
  const preface = manual.preface ? [title(MSTYLE.prefaceTitle, s.frontTitles.preface, false), ...bodyBlocks(manual.preface, mp.base, m)] : [];
  return [...preface, title(MSTYLE.frontTitle, s.frontTitles.toc, preface.length > 0), tocBlock(manual, mp)];
}

/** The manual's title centred over the 版心, its baseline and rule the profile's distances above the 版心 top. */
function runningHeader(manual: Manual, mp: ManualProfile, m: DocxMetrics): { header: Header; distance: number } {
  const h = mp.style.header;
  const rule = { style: BorderStyle.SINGLE, size: eighths(h.rulePt), color: hex(mp.base.colors.black), space: 0 };
  // The rule is drawn under the line box: the exact line height takes the baseline down to the rule.
  const lineHeight = twips(h.size * ASCENT_EM) + m.mm(h.baselineAboveBlockMm - h.ruleAboveBlockMm);
  const distance = m.mm(mp.base.block.topMm - h.baselineAboveBlockMm) - twips(h.size * ASCENT_EM);
  const header = new Header({
    children: [
      new Paragraph({
        style: MSTYLE.header,
        spacing: { line: lineHeight, lineRule: 'exact' },
        border: { bottom: rule },
        children: [textRun(manual.title, h.role)],
      }),
    ],
  });
  return { header, distance };
}

export async function buildManualDocx(manual: Manual): Promise<Uint8Array> {
  const mp = manualProfile(manual.paper);
  const p = mp.base;
  const m = docxMetrics(p);
  const { header, distance } = runningHeader(manual, mp, m);
  const footer = new Footer({ children: [new Paragraph({ style: STYLE.footer, alignment: AlignmentType.CENTER, children: pageNumberRuns(p) })] });
  const page = (numbers?: { start: number; formatType: (typeof NumberFormat)[keyof typeof NumberFormat] }): ISectionOptions['properties'] => ({
    page: {
      size: { width: m.pageWidth, height: m.pageHeight },
      margin: { ...m.margin, header: distance, footer: footerDistance(p, m), gutter: 0 },
      ...(numbers ? { pageNumbers: numbers } : {}),
    },
    // Lines only, as the 公文: a character grid makes LibreOffice squeeze the lines.
    grid: { type: DocumentGridType.LINES, linePitch: m.linePitch },
  });
  const running = { headers: { default: header }, footers: { default: footer } };
  const { year, month, day } = manual.meta.date;
  const date = new Date(Date.UTC(year, month - 1, day));

  const file = new Document({
    title: manual.title,
    creator: manual.meta.author,
    lastModifiedBy: manual.meta.author,
    // Word offers to update the 目录 on opening; the cached page numbers are estimates.
    features: { updateFields: true },
    theme: {
      fonts: {
        headings: { latin: latinFontName, eastAsia: docxFontNames[mp.style.chapterTitle.role], scripts: { Hans: docxFontNames[mp.style.chapterTitle.role] } },
        body: { latin: latinFontName, eastAsia: docxFontNames[p.body.role], scripts: { Hans: docxFontNames[p.body.role] } },
      },
    },
    sections: [
      { properties: page(), children: coverBlocks(manual, mp, m) },
      { properties: page({ start: 1, formatType: NumberFormat.UPPER_ROMAN }), ...running, children: separateTables(frontBlocks(manual, mp, m)) },
      {
        properties: page({ start: 1, formatType: NumberFormat.DECIMAL }),
        ...running,
        children: separateTables(manual.chapters.flatMap((ch, i) => chapterBlocks(ch, mp, m, i > 0))),
      },
    ],
  });
  const packed = await Packer.toBuffer(file);
  return normalizePackage(new Uint8Array(packed), {
    styles: stylesXml(p, m, manualStyleDefs(mp, m)),
    date,
    rewrite: { 'word/document.xml': renumberIds },
  });
}

/**
 * Bookmark and drawing ids come from counters shared by every document the process builds;
 * numbered afresh per document (bookmarks from 0, drawings from 1), the same model gives the same bytes.
 */
function renumberIds(xml: string): string {
  const bookmarks = new Map<string, number>();
  let drawings = 0;
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)"/g, (_m, head: string, id: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size);
      return `${head}${bookmarks.get(id)}"`;
    })
    .replace(/(<wp:docPr\s[^>]*?\bid=")\d+"/g, (_m, head: string) => `${head}${++drawings}"`);
}
