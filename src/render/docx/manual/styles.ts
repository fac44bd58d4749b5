/**
 * The manual's named styles, written by the 公文 styles writer: the 公文 正文, table and footer
 * styles, Word's built-in heading 1–3, toc 1–2 and header (so Word's navigation pane, its TOC
 * field and LibreOffice's index see them), and Chinese-named styles a clerk edits: 章标题 is based
 * on heading 1, 节标题 on heading 2, 小节标题 on heading 3.
 */
import type { ManualProfile } from '../../../layout/manual-profile.js';
import type { DocxMetrics } from '../metrics.js';
import { STYLE, styleDefs, type StyleDef } from '../styles.js';

export const MSTYLE = {
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  chapterTitle: 'GwmChapterTitle',
  section: 'GwmSection',
  subsection: 'GwmSubsection',
  entryLabel: 'GwmEntryLabel',
  figure: 'GwmFigure',
  caption: 'GwmCaption',
  frontTitle: 'GwmFrontTitle',
  prefaceTitle: 'GwmPrefaceTitle',
  toc1: 'TOC1',
  toc2: 'TOC2',
  header: 'Header',
  coverTitle: 'GwmCoverTitle',
  coverSubtitle: 'GwmCoverSubtitle',
  coverFoot: 'GwmCoverFoot',
} as const;

/** The profile's leader character as Word's tab leader. */
const LEADERS: Record<string, NonNullable<StyleDef['rightTab']>['leader']> = { '…': 'dot', '·': 'middleDot', '-': 'hyphen', _: 'underscore' };

/** The 公文 styles a manual's body, tables and footers use. */
const KEPT: readonly string[] = [STYLE.body, STYLE.heading3, STYLE.heading4, STYLE.tableText, STYLE.tableHeader, STYLE.footer];

export function manualStyleDefs({ base: p, style: s }: ManualProfile, m: DocxMetrics): StyleDef[] {
  const flush = { firstLineChars: 0 };
  // Type larger than the body keeps its own line height: an exact grid pitch would clip it.
  const display = { charSpacing: 0, jc: 'center', snapToGrid: false, line: 'auto', ...flush } as const;
  const chapter = { role: s.chapterTitle.role, size: s.chapterTitle.size, after: s.chapterTitle.linesAfter * m.linePitch, keepNext: true, ...display } as const;
  const tab = { pos: m.blockWidth, leader: LEADERS[s.toc.leader] ?? 'dot' } as const;
  const kept = styleDefs(p, m).filter((d) => KEPT.includes(d.id));
  const defs: StyleDef[] = [
    ...kept,
    { id: MSTYLE.heading1, name: 'heading 1', builtIn: true, basedOn: STYLE.body, next: STYLE.body, outline: 0, ...chapter },
    { id: MSTYLE.heading2, name: 'heading 2', builtIn: true, basedOn: STYLE.body, next: STYLE.body, role: p.headings[1].role, outline: 1, keepNext: true },
    { id: MSTYLE.heading3, name: 'heading 3', builtIn: true, basedOn: STYLE.body, next: STYLE.body, role: p.headings[2].role, outline: 2, keepNext: true },
    // Outline levels repeated: LibreOffice reads a style's own level, not its base's.
    { id: MSTYLE.chapterTitle, name: '章标题', basedOn: MSTYLE.heading1, next: STYLE.body, outline: 0 },
    { id: MSTYLE.section, name: '节标题', basedOn: MSTYLE.heading2, next: STYLE.body, outline: 1 },
    { id: MSTYLE.subsection, name: '小节标题', basedOn: MSTYLE.heading3, next: STYLE.body, outline: 2 },
    { id: MSTYLE.frontTitle, name: '目录标题', basedOn: STYLE.body, next: STYLE.body, ...chapter },
    { id: MSTYLE.prefaceTitle, name: '前言标题', basedOn: MSTYLE.frontTitle, next: STYLE.body },
    { id: MSTYLE.entryLabel, name: '条目标签', basedOn: STYLE.body, next: STYLE.body, role: s.entry.labelRole, keepNext: true },
    { id: MSTYLE.figure, name: '图片', basedOn: STYLE.body, next: MSTYLE.caption, keepNext: true, ...display },
    { id: MSTYLE.caption, name: '图题', basedOn: STYLE.body, next: STYLE.body, role: s.figure.captionRole, size: p.table.size, charSpacing: 0, jc: 'center', ...flush },
    // Tab positions count from the text margin, so both levels end at the 版心's right edge.
    { id: MSTYLE.toc1, name: 'toc 1', builtIn: true, basedOn: STYLE.body, next: STYLE.body, role: s.toc.chapterRole, rightTab: tab, ...flush },
    { id: MSTYLE.toc2, name: 'toc 2', builtIn: true, basedOn: STYLE.body, next: STYLE.body, role: s.toc.sectionRole, size: p.body.size, rightTab: tab, leftChars: s.toc.sectionIndentChars, ...flush },
    { id: MSTYLE.header, name: 'header', builtIn: true, basedOn: STYLE.body, role: s.header.role, size: s.header.size, charSpacing: 0, jc: 'center', line: 'auto', snapToGrid: false, ...flush },
    { id: MSTYLE.coverTitle, name: '封面标题', basedOn: STYLE.body, next: MSTYLE.coverSubtitle, role: s.cover.titleRole, size: s.cover.titleSize, ...display },
    { id: MSTYLE.coverSubtitle, name: '封面副标题', basedOn: STYLE.body, next: MSTYLE.coverFoot, role: s.cover.subtitleRole, size: s.cover.subtitleSize, ...display },
    { id: MSTYLE.coverFoot, name: '封面落款', basedOn: STYLE.body, role: s.cover.footRole, size: s.cover.footSize, charSpacing: 0, jc: 'center', ...flush },
  ];
  return defs.map((d) => ({ role: p.body.role, ...d }));
}
