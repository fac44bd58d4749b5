/**
 * Layout numbers of a guidance manual (指导手册, 图鉴). GB/T 9704 does not govern booklets, so
 * a manual keeps the standard's fonts, colours, heading roles and page-number form and sets its
 * own paper and grid: A4 keeps the 公文 版心 with 4号 text (32 characters × 28 lines), an A5
 * booklet has a 118 × 170 mm 版心 with 小四 text (28 × 26). Every manual renderer reads these.
 */
import type { FontRole } from '../ir/types.js';
import type { Figure, Paper } from '../ir/manual.js';
import { profile, SIZE, type Profile } from './gbt9704.js';

const XIAOSI = 12;
const WUHAO = 10.5;

interface Paperwork {
  page: { widthMm: number; heightMm: number };
  block: { topMm: number; leftMm: number; widthMm: number; heightMm: number };
  grid: { lines: number; chars: number };
  bodySize: number;
  tableSize: number;
  pageNumberSize: number;
  /** Chapter titles (第一章　…), 前言 and 目录 titles: 小标宋, centred. */
  chapterTitleSize: number;
  /**
   * Cover: title, subtitle, and the issuer and date lines. `itemGapMm`: the space between the
   * title, the subtitle and the edition (the PDF cover places them absolutely and needs it).
   */
  cover: { titleSize: number; subtitleSize: number; footSize: number; titleTopMm: number; footBottomMm: number; itemGapMm: number };
  /** Running header: its text's baseline and the rule under it, above the 版心 top. */
  header: { size: number; baselineAboveBlockMm: number; ruleAboveBlockMm: number };
}

const papers: Record<Paper, Paperwork> = {
  A4: {
    page: profile.page,
    block: profile.block,
    grid: { lines: 28, chars: 32 },
    bodySize: SIZE.sihao,
    tableSize: XIAOSI,
    pageNumberSize: SIZE.sihao,
    chapterTitleSize: SIZE.erhao,
    cover: { titleSize: 36, subtitleSize: SIZE.sanhao, footSize: SIZE.sanhao, titleTopMm: 60, footBottomMm: 40, itemGapMm: 12 },
    header: { size: WUHAO, baselineAboveBlockMm: 10, ruleAboveBlockMm: 7 },
  },
  A5: {
    page: { widthMm: 148, heightMm: 210 },
    block: { topMm: 20, leftMm: 15, widthMm: 118, heightMm: 170 },
    grid: { lines: 26, chars: 28 },
    bodySize: XIAOSI,
    tableSize: WUHAO,
    pageNumberSize: WUHAO,
    chapterTitleSize: SIZE.sanhao,
    cover: { titleSize: 26, subtitleSize: SIZE.sihao, footSize: SIZE.sihao, titleTopMm: 45, footBottomMm: 28, itemGapMm: 8 },
    header: { size: 9, baselineAboveBlockMm: 7, ruleAboveBlockMm: 5 },
  },
};

/** What a manual adds to the profile: the cover, titles, 目录, running header, figures and entries. */
export interface ManualStyle {
  paper: Paper;
  /** `lineGapEm`: the space between two lines of one cover item (a wrapped title, issuer and date), in ems of its size. */
  cover: Paperwork['cover'] & { titleRole: FontRole; subtitleRole: FontRole; footRole: FontRole; lineGapEm: number };
  /** 第一章　… / 前　言 / 目　录: 小标宋, centred, on a new page, `linesAfter` blank lines under it. */
  chapterTitle: { role: FontRole; size: number; linesAfter: number };
  frontTitles: { preface: string; toc: string };
  header: Paperwork['header'] & { role: FontRole; rulePt: number };
  /**
   * Page numbers keep the 公文 form (— N —, 宋体, 7 mm below the 版心) but stand centred, as a
   * booklet is read both ways. The cover has none; 前言 and 目录 count I, II… (Latin letters, as
   * Word's upperRoman page-number format prints them, so the PDF and the DOCX agree); chapters count from 1.
   */
  pageNumbers: { frontNumerals: readonly string[] };
  toc: { chapterRole: FontRole; sectionRole: FontRole; sectionIndentChars: number; leader: string };
  /** Figures: the image centred, never taller than `maxHeightShare` of the 版心; the caption 黑体 at table size under it. */
  figure: { captionRole: FontRole; maxHeightShare: number; defaultWidthShare: number };
  /** 图鉴 entries: each part opens with its label in 黑体, 【问题描述】. */
  entry: { labelRole: FontRole; labels: { problem: string; standards: string; measures: string; accident: string }; brackets: [string, string] };
}

export interface ManualProfile {
  /** The 公文 profile with this paper's page, 版心, grid and sizes: the 正文 composers read it unchanged. */
  base: Profile;
  style: ManualStyle;
}

export function manualProfile(paper: Paper): ManualProfile {
  const w = papers[paper];
  const base: Profile = {
    ...profile,
    page: w.page,
    block: w.block,
    grid: w.grid,
    body: { ...profile.body, size: w.bodySize },
    table: { ...profile.table, size: w.tableSize },
    pageNumber: { ...profile.pageNumber, size: w.pageNumberSize },
  };
  return {
    base,
    style: {
      paper,
      cover: { ...w.cover, titleRole: 'xiaobiaosong', subtitleRole: 'kaiti', footRole: 'fangsong', lineGapEm: 0.5 },
      chapterTitle: { role: 'xiaobiaosong', size: w.chapterTitleSize, linesAfter: 1 },
      frontTitles: { preface: '前　言', toc: '目　录' },
      header: { ...w.header, role: 'songti', rulePt: 0.5 },
      pageNumbers: { frontNumerals: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] },
      toc: { chapterRole: 'heiti', sectionRole: 'fangsong', sectionIndentChars: 2, leader: '…' },
      figure: { captionRole: 'heiti', maxHeightShare: 0.5, defaultWidthShare: 0.8 },
      entry: { labelRole: 'heiti', labels: { problem: '问题描述', standards: '规范标准', measures: '对策措施', accident: '事故案例' }, brackets: ['【', '】'] },
    },
  };
}

/**
 * The share of the 版心 width a figure is printed at: its own, narrowed so that its height (from
 * the image's aspect ratio) stays within `figure.maxHeightShare` of the 版心 height. One rule for
 * the three renderers.
 */
export function printedWidthShare(figure: Figure, mp: ManualProfile): number {
  const { block } = mp.base;
  const ratio = figure.image.heightPx / figure.image.widthPx;
  return Math.min(figure.widthShare, (mp.style.figure.maxHeightShare * block.heightMm) / (block.widthMm * ratio));
}
