/**
 * The one GB/T 9704-2012 layout profile. Every renderer reads its numbers from here;
 * none hard-codes a margin, size, colour or font. Sources: shared/docs/gbt9704.md.
 */
import type { FontRole } from '../ir/types.js';

export const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;
/** Twentieths of a point, the DOCX length unit. */
export const twips = (pt: number): number => Math.round(pt * 20);

/** Chinese type sizes (号) in points. */
export const SIZE = {
  chuhao: 42,
  erhao: 22,
  sanhao: 16,
  sihao: 14,
} as const;

export const profile = {
  page: { widthMm: 210, heightMm: 297 },
  /** 版心: 156 × 225 mm at 天头 37 mm, 订口 28 mm. */
  block: { topMm: 37, leftMm: 28, widthMm: 156, heightMm: 225 },
  grid: { lines: 22, chars: 28 },
  colors: { red: '#FF0000', black: '#000000' },
  body: { role: 'fangsong' as FontRole, size: SIZE.sanhao, firstLineIndentChars: 2 },
  headings: {
    1: { role: 'heiti' as FontRole },
    2: { role: 'kaiti' as FontRole },
    3: { role: 'fangsong' as FontRole },
    4: { role: 'fangsong' as FontRole },
  },
  head: {
    /** 份号, 密级, 紧急程度: 3号黑体 (份号 digits), 顶格, one line each from 版心 line 1. */
    labelRole: 'heiti' as FontRole,
    /** Top edge of 发文机关标志 below the 版心 top. */
    markTopMm: 35,
    markRole: 'xiaobiaosong' as FontRole,
    /** The standard leaves the size open; 初号 is common, shrunk to fit 156 mm. */
    markMaxSize: SIZE.chuhao,
    /** Blank lines between the mark and the 发文字号. */
    docNumberGapLines: 2,
    /** The red separator sits 4 mm below the 发文字号. */
    ruleGapMm: 4,
    ruleWidthMm: 156,
    ruleThicknessPt: 1.5,
    /** 签发人 names (楷体) are right-indented one character. */
    signerRole: 'kaiti' as FontRole,
    /** 上行文: "签发人：" and the names end this many characters from the 版心's right edge; the 文号 starts as far from its left. */
    signerIndentChars: 1,
    /** 上行文: 签发人 names per row; further rows align with the first name, one grid line apart. */
    signersPerRow: 2,
  },
  title: { role: 'xiaobiaosong' as FontRole, size: SIZE.erhao, gapLinesAfterRule: 2, maxLineChars: 20 },
  recipients: { gapLinesAfterTitle: 1 },
  attachmentNote: { gapLinesBefore: 1, indentChars: 2, label: '附件：' },
  signature: {
    /**
     * With seal: 成文日期 right-indented 4 chars, 署名 centred over it, two blank lines above.
     * 联合行文 (§7.3.5.1): 署名 in rows of two, the right-hand one centred over the date, the
     * left-hand one `jointColumnGapMm` further left (centre to centre; 45 mm keeps 42 mm seals
     * apart), rows `jointRowGapLines` blank lines apart (3 lets 42 mm seals clear each other);
     * names too long for the spacing are pushed apart to `jointMinNameGapChars` between them.
     */
    sealed: { gapLinesBefore: 2, dateRightIndentChars: 4, jointColumnGapMm: 45, jointRowGapLines: 3, jointNamesPerRow: 2, jointMinNameGapChars: 1 },
    /** Without seal: 署名 right-indented 2 chars one blank line below; the date starts 2 chars right of it. */
    unsealed: { gapLinesBefore: 1, nameRightIndentChars: 2, dateOffsetChars: 2 },
  },
  note: { indentChars: 2 },
  attachmentPage: { labelRole: 'heiti' as FontRole, titleLine: 3 },
  /**
   * Tables (the standard leaves them to the issuer): 4号 仿宋, header and total rows 黑体,
   * each text line one grid pitch as Word sets table text on the document grid.
   */
  table: {
    role: 'fangsong' as FontRole,
    headerRole: 'heiti' as FontRole,
    size: SIZE.sihao,
    /** Left and right cell padding. */
    paddingMm: 1,
    borderPt: 0.5,
  },
  colophon: {
    role: 'fangsong' as FontRole,
    size: SIZE.sihao,
    insetChars: 1,
    outerRulePt: mm(0.35),
    innerRulePt: mm(0.25),
  },
  /** 纪要格式: 出席/请假/列席 in 3号黑体, one blank line below 正文, indented 2 characters. */
  minutes: { labelRole: 'heiti' as FontRole, gapLinesBefore: 1, indentChars: 2 },
  /** 信函格式 (GB/T 9704 §10.1). */
  letter: {
    /** Top edge of the mark below the paper top (not the 版心 top). */
    markTopMm: 30,
    /** Red double lines, centred on the page: thick over thin under the mark, thin over thick at the foot. */
    doubleRule: { lengthMm: 170, thickPt: 1.5, thinPt: 0.75, gapMm: 1 },
    /** The upper double lines start this far below the mark. */
    ruleGapBelowMarkMm: 4,
    /** The lower double lines' bottom edge is this far above the paper bottom; page 1 only. */
    lowerRuleFromPaperBottomMm: 20,
    /** 份号/密级/紧急 (left) and 文号 (right) sit ⅞ of a 3号 line below the upper double lines. */
    headGapEm: 7 / 8,
    /** Blank lines between the 文号 row and the title. */
    titleGapLines: 2,
  },
  pageNumber: {
    role: 'songti' as FontRole,
    size: SIZE.sihao,
    /** The dash's stroke sits 7 mm below the 版心 bottom. */
    belowBlockMm: 7,
    insetChars: 1,
    dash: '\u2014',
  },
} as const;

/** The profile's shape with its numbers and strings widened, so a manual's paper can have its own (layout/manual-profile.ts). */
type Widen<T> = T extends FontRole ? FontRole : T extends string ? string : T extends number ? number : T extends boolean ? boolean : { readonly [K in keyof T]: Widen<T[K]> };
export type Profile = Widen<typeof profile>;

export type Orientation = 'portrait' | 'landscape';

/** The page and its 版心 in millimetres, as laid out (a landscape sheet before it is turned). */
export function pageBox(p: Profile, orientation: Orientation = 'portrait') {
  const { page, block } = p;
  if (orientation === 'portrait') return { widthMm: page.widthMm, heightMm: page.heightMm, leftMm: block.leftMm, topMm: block.topMm, blockWidthMm: block.widthMm, blockHeightMm: block.heightMm };
  // 横排 (GB/T 9704 §8): the table head faces the 订口 on odd pages and the 切口 on even ones, the
  // left edge either way, and the page number stays where portrait pages have it. The sheet is
  // turned 90° counter-clockwise onto the portrait page: the sheet's top edge becomes the
  // portrait left edge, its left edge the portrait bottom. So its top margin is the 订口 (28 mm),
  // its left margin the portrait bottom margin (35 mm); right 37 mm and bottom 26 mm follow.
  return {
    widthMm: page.heightMm,
    heightMm: page.widthMm,
    leftMm: page.heightMm - block.topMm - block.heightMm,
    topMm: block.leftMm,
    blockWidthMm: block.heightMm,
    blockHeightMm: block.widthMm,
  };
}

/**
 * Derived grid numbers, in points. A landscape page keeps the portrait line pitch and character
 * cell and fits as many whole lines as its 156 mm tall 版心 holds (15).
 */
export function gridMetrics(p: Profile = profile, orientation: Orientation = 'portrait') {
  const box = pageBox(p, orientation);
  const blockWidth = mm(box.blockWidthMm);
  const blockHeight = mm(box.blockHeightMm);
  /** 225 mm / 22 ≈ 28.99 pt. */
  const linePitch = mm(p.block.heightMm) / p.grid.lines;
  return {
    orientation,
    pageWidth: mm(box.widthMm),
    pageHeight: mm(box.heightMm),
    left: mm(box.leftMm),
    top: mm(box.topMm),
    blockWidth,
    blockHeight,
    right: mm(box.leftMm + box.blockWidthMm),
    bottom: mm(box.topMm + box.blockHeightMm),
    linePitch,
    /** Grid lines a page holds: 22 portrait, 15 landscape. */
    lines: orientation === 'portrait' ? p.grid.lines : Math.floor(blockHeight / linePitch + 1e-9),
    /** 156 mm / 28 ≈ 15.79 pt: 3号 text is squeezed by ≈ 0.21 pt a glyph. */
    cell: mm(p.block.widthMm) / p.grid.chars,
  };
}

/** DOCX names of the official fonts for each role; Latin and digits are set in Times New Roman. */
export const docxFontNames: Record<FontRole, string> = {
  xiaobiaosong: '方正小标宋简体',
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
};
export const latinFontName = 'Times New Roman';

/** CSS stacks: the official fonts first, then common system and open fallbacks. */
export const cssFontStacks: Record<FontRole, string> = {
  xiaobiaosong: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif SC", "Source Han Serif SC", serif',
  fangsong: '"Times New Roman", "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif SC", serif',
  heiti: '"Times New Roman", "黑体", "SimHei", "Noto Sans SC", "Source Han Sans SC", sans-serif',
  kaiti: '"Times New Roman", "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif SC", serif',
  songti: '"宋体", "SimSun", "Noto Serif SC", serif',
};
