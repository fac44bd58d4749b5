/**
 * The 目录: a TOC field (\o "1-2" \h \z \u) that Word and LibreOffice rebuild from the heading
 * styles' outline levels, its cached result already filled with the model's 目录 lines so the
 * table reads right before any update. Cached page numbers are estimates from counting grid
 * lines; updating the field (Word asks on opening, as the settings say updateFields) sets the
 * real ones.
 */
import { InternalHyperlink, Paragraph, Tab, TableOfContents, TextRun } from 'docx';
import { chapterSections, type Chapter, type Manual, type ManualBlock } from '../../../ir/manual.js';
import type { Inline } from '../../../ir/types.js';
import { mm } from '../../../layout/gbt9704.js';
import type { ManualProfile } from '../../../layout/manual-profile.js';
import { citationText } from '../../citation-text.js';
import { textRun } from '../runs.js';
import { figureExtent } from './chapters.js';
import { MSTYLE } from './styles.js';

const EMU_PER_PT = 12_700;
/** Single line height of CJK type in ems (Noto CJK 1.44): a font metric, for the estimate only. */
const LINE_EM = 1.44;

/** Estimated body page (1-based) of each chapter and section anchor. */
export function estimatePages(chapters: readonly Chapter[], mp: ManualProfile): Map<string, number> {
  const { base: p, style: s } = mp;
  const pitch = mm(p.block.heightMm) / p.grid.lines;
  const perPage = p.grid.lines;
  const chars = p.grid.chars;
  const textLines = (runs: readonly Inline[], prefix = '', indent = p.body.firstLineIndentChars) =>
    Math.max(1, Math.ceil((indent + prefix.length + runs.reduce((n, r) => n + r.text.length, 0)) / chars));
  const pages = new Map<string, number>();
  let page = 0;
  let line = 0;
  const place = (n: number) => {
    if (line + n > perPage && line > 0) {
      page++;
      line = 0;
    }
    line += n;
  };
  const figureLines = (b: Extract<ManualBlock, { type: 'figure' }>) => Math.ceil(figureExtent(b, mp).cy / EMU_PER_PT / pitch) + 1;
  for (const ch of chapters) {
    page++;
    line = Math.ceil((s.chapterTitle.size * LINE_EM) / pitch) + s.chapterTitle.linesAfter;
    pages.set(ch.id, page);
    const anchors = chapterSections(ch).map((x) => x.anchor);
    let next = 0;
    for (const b of ch.blocks) {
      switch (b.type) {
        case 'heading':
          place(textLines(b.children, b.ordinal));
          if (b.level === 1) pages.set(anchors[next++]!, page);
          break;
        case 'paragraph':
          place(textLines(b.children, b.ordinal));
          break;
        case 'table':
          for (const r of b.rows) place(Math.max(1, ...r.cells.map((c) => c.paragraphs.length)));
          break;
        case 'figure':
          place(figureLines(b));
          break;
        case 'entry': {
          place(textLines(b.heading.children, b.heading.ordinal) + 1);
          pages.set(anchors[next++]!, page);
          for (const x of [...b.problem, ...b.measures, ...(b.accident ?? [])]) place(textLines(x.children, x.ordinal));
          for (const f of b.figures) place(figureLines(f));
          for (const c of b.standards) place(Math.ceil((p.body.firstLineIndentChars + citationText(c).length) / chars));
          place(b.accident?.length ? 3 : 2);
          break;
        }
      }
    }
  }
  return pages;
}

export function tocBlock(manual: Manual, mp: ManualProfile): TableOfContents {
  const pages = estimatePages(manual.chapters, mp);
  const { toc } = mp.style;
  const entries = manual.toc.map(
    (e) =>
      new Paragraph({
        style: e.level === 1 ? MSTYLE.toc1 : MSTYLE.toc2,
        children: [
          new InternalHyperlink({
            anchor: e.target,
            children: [
              textRun(e.text, e.level === 1 ? toc.chapterRole : toc.sectionRole),
              new TextRun({ children: [new Tab()] }),
              textRun(String(pages.get(e.target) ?? ''), e.level === 1 ? toc.chapterRole : toc.sectionRole),
            ],
          }),
        ],
      }),
  );
  return new TableOfContents(mp.style.frontTitles.toc, {
    headingStyleRange: '1-2',
    hyperlink: true,
    hideTabAndPageNumbersInWebView: true,
    useAppliedParagraphOutlineLevel: true,
    contentChildren: entries,
  });
}
