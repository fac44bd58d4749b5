/**
 * word/styles.xml, written whole rather than through the docx library: the library adds
 * blue heading styles and leaves docDefaults without fonts, and its style options cannot
 * switch off widow control or grid snapping. Every style names its fonts explicitly, so no
 * theme font is ever consulted.
 *
 * 正文 is Word's built-in Normal and the page-number paragraph is the built-in footer style:
 * Chinese Word and WPS show those two as 正文 and 页脚, and a custom style called 正文 (or 页码,
 * the Chinese name of the built-in "page number" style) would collide with them.
 */
import type { FontRole } from '../../ir/types.js';
import { docxFontNames, latinFontName, twips, type Profile } from '../../layout/gbt9704.js';
import { hex, type DocxMetrics } from './metrics.js';

/** Style ids; the names a clerk sees are in `styleDefs`. */
export const STYLE = {
  body: 'Normal',
  title: 'GwTitle',
  recipients: 'GwRecipients',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  heading4: 'GwHeading4',
  attachmentNote: 'GwAttachmentNote',
  signature: 'GwSignature',
  date: 'GwDate',
  note: 'GwNote',
  attachmentLabel: 'GwAttachmentLabel',
  attachmentTitle: 'GwAttachmentTitle',
  mark: 'GwMark',
  docNumber: 'GwDocNumber',
  copyNumber: 'GwCopyNumber',
  secrecy: 'GwSecrecy',
  urgency: 'GwUrgency',
  colophon: 'GwColophon',
  tableText: 'GwTableText',
  tableHeader: 'GwTableHeader',
  footer: 'Footer',
} as const;

export type StyleId = (typeof STYLE)[keyof typeof STYLE];

export interface StyleDef {
  /** A STYLE id, or another document kind's own (the manual's, render/docx/manual/styles.ts). */
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  /** A Word built-in style (heading 1, toc 1, header): written without w:customStyle, so Word and LibreOffice treat it as theirs. */
  builtIn?: boolean;
  /** Font role, giving the East Asian font. */
  role?: FontRole;
  /** Latin and digit font when not Times New Roman (page numbers are 宋体 throughout). */
  latin?: string;
  /** Points. */
  size?: number;
  color?: string;
  /** Twips of run character spacing. */
  charSpacing?: number;
  jc?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in body characters: written as twips and as *Chars (LibreOffice reads only twips). */
  firstLineChars?: number;
  /** Exact line height in twips, or `auto` single spacing. */
  line?: number | 'auto';
  outline?: number;
  /** Twips of space after the paragraph. */
  after?: number;
  /** Right-aligned tab stop (twips from the left indent) with its leader, as in a 目录 line. */
  rightTab?: { pos: number; leader: 'dot' | 'middleDot' | 'hyphen' | 'underscore' | 'none' };
  /** Left indent in characters of the style's own size. */
  leftChars?: number;
  keepNext?: boolean;
  widowControl?: boolean;
  snapToGrid?: boolean;
  autoSpace?: boolean;
  lang?: boolean;
}

export function styleDefs(p: Profile, m: DocxMetrics): StyleDef[] {
  const flush = { firstLineChars: 0 };
  // Type larger than 3号 keeps its exact line height: snapped to the grid, a 2号 line whose font
  // is taller than the pitch would take two grid lines.
  const title = { role: p.title.role, size: p.title.size, charSpacing: 0, jc: 'center', snapToGrid: false, ...flush } as const;
  const defs: StyleDef[] = [
    {
      id: STYLE.body,
      name: 'Normal',
      role: p.body.role,
      size: p.body.size,
      color: hex(p.colors.black),
      charSpacing: m.charSpacing,
      jc: 'both',
      firstLineChars: p.body.firstLineIndentChars,
      line: m.linePitch,
      // Moving a lone line to the next page would leave 21 lines on a full page.
      widowControl: false,
      // No extra space between Chinese and digits/Latin: it breaks the 28-cell grid and the
      // character-counted indents of 署名 and 成文日期.
      autoSpace: false,
      lang: true,
    },
    { id: STYLE.copyNumber, name: '份号', basedOn: STYLE.body, role: p.head.labelRole, jc: 'left', ...flush },
    { id: STYLE.secrecy, name: '密级', basedOn: STYLE.body, role: p.head.labelRole, jc: 'left', ...flush },
    { id: STYLE.urgency, name: '紧急程度', basedOn: STYLE.body, role: p.head.labelRole, jc: 'left', ...flush },
    {
      id: STYLE.mark,
      name: '发文机关标志',
      basedOn: STYLE.body,
      role: p.head.markRole,
      size: p.head.markMaxSize,
      color: hex(p.colors.red),
      charSpacing: 0,
      jc: 'center',
      snapToGrid: false,
      ...flush,
    },
    { id: STYLE.docNumber, name: '发文字号', basedOn: STYLE.body, jc: 'center', ...flush },
    { id: STYLE.title, name: '公文标题', basedOn: STYLE.body, next: STYLE.recipients, ...title },
    { id: STYLE.recipients, name: '主送机关', basedOn: STYLE.body, next: STYLE.body, jc: 'both', ...flush },
    { id: STYLE.heading1, name: '一级标题', basedOn: STYLE.body, next: STYLE.body, role: p.headings[1].role, outline: 0, keepNext: true },
    { id: STYLE.heading2, name: '二级标题', basedOn: STYLE.body, next: STYLE.body, role: p.headings[2].role, outline: 1, keepNext: true },
    { id: STYLE.heading3, name: '三级标题', basedOn: STYLE.body, next: STYLE.body, role: p.headings[3].role, outline: 2, keepNext: true },
    { id: STYLE.heading4, name: '四级标题', basedOn: STYLE.body, next: STYLE.body, role: p.headings[4].role, outline: 3, keepNext: true },
    // 附件说明 indents depend on the label and item numbers, so they are set on each paragraph.
    // 附件说明 and 署名 keep with what follows, down to the date: the 落款 never opens a page alone.
    { id: STYLE.attachmentNote, name: '附件说明', basedOn: STYLE.body, jc: 'left', keepNext: true, ...flush },
    { id: STYLE.signature, name: '署名', basedOn: STYLE.body, next: STYLE.date, jc: 'right', keepNext: true, ...flush },
    { id: STYLE.date, name: '成文日期', basedOn: STYLE.body, next: STYLE.note, jc: 'right', ...flush },
    { id: STYLE.note, name: '附注', basedOn: STYLE.body, next: STYLE.body },
    {
      id: STYLE.attachmentLabel,
      name: '附件标识',
      basedOn: STYLE.body,
      next: STYLE.attachmentTitle,
      role: p.attachmentPage.labelRole,
      jc: 'left',
      keepNext: true,
      ...flush,
    },
    { id: STYLE.attachmentTitle, name: '附件标题', basedOn: STYLE.body, next: STYLE.body, keepNext: true, ...title },
    {
      id: STYLE.colophon,
      name: '版记',
      basedOn: STYLE.body,
      role: p.colophon.role,
      size: p.colophon.size,
      charSpacing: 0,
      jc: 'left',
      snapToGrid: false,
      ...flush,
    },
    // Table text keeps the body's exact grid-pitch line (one line per grid line, as body text);
    // centred, since most cells are. Header and total rows take their own style so a clerk can
    // restyle them in one place.
    {
      id: STYLE.tableText,
      name: '表格文字',
      basedOn: STYLE.body,
      next: STYLE.tableText,
      role: p.table.role,
      size: p.table.size,
      charSpacing: 0,
      jc: 'center',
      ...flush,
    },
    { id: STYLE.tableHeader, name: '表格标题行', basedOn: STYLE.tableText, next: STYLE.tableText, role: p.table.headerRole },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.body,
      role: p.pageNumber.role,
      latin: docxFontNames[p.pageNumber.role],
      size: p.pageNumber.size,
      charSpacing: 0,
      jc: 'left',
      line: 'auto',
      snapToGrid: false,
      ...flush,
    },
  ];
  // Each style names its fonts itself, so none depends on inheritance for them.
  return defs.map((d) => ({ role: p.body.role, ...d }));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** `w:rFonts` for a role: Latin and digits in Times New Roman unless `latin` says otherwise. */
export function rFontsXml(role: FontRole, latin: string = latinFontName): string {
  const l = esc(latin);
  return `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:eastAsia="${esc(docxFontNames[role])}" w:cs="${l}"/>`;
}

function pPrXml(d: StyleDef, m: DocxMetrics): string {
  let x = '';
  if (d.keepNext) x += '<w:keepNext/>';
  if (d.widowControl === false) x += '<w:widowControl w:val="0"/>';
  if (d.rightTab) x += `<w:tabs><w:tab w:val="right" w:leader="${d.rightTab.leader}" w:pos="${d.rightTab.pos}"/></w:tabs>`;
  // Chinese Word and WPS let punctuation hang past the margin by default; the 版心 is 28 cells wide.
  x += '<w:overflowPunct w:val="0"/>';
  if (d.autoSpace === false) x += '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  if (d.snapToGrid === false) x += '<w:snapToGrid w:val="0"/>';
  const after = d.after ?? 0;
  if (d.line === 'auto') x += `<w:spacing w:before="0" w:after="${after}" w:line="240" w:lineRule="auto"/>`;
  else if (d.line !== undefined) x += `<w:spacing w:before="0" w:after="${after}" w:line="${d.line}" w:lineRule="exact"/>`;
  else if (d.after !== undefined) x += `<w:spacing w:after="${after}"/>`;
  if (d.firstLineChars !== undefined || d.leftChars !== undefined) {
    // Left indents count characters of the style's own size (TOC lines), first-line ones body characters.
    const left = d.leftChars !== undefined ? ` w:left="${Math.round(d.leftChars * twips(d.size ?? 0))}" w:leftChars="${Math.round(d.leftChars * 100)}"` : '';
    const first = d.firstLineChars !== undefined ? ` w:firstLine="${Math.round(d.firstLineChars * m.char)}" w:firstLineChars="${Math.round(d.firstLineChars * 100)}"` : '';
    x += `<w:ind${left}${first}/>`;
  }
  if (d.jc) x += `<w:jc w:val="${d.jc}"/>`;
  if (d.outline !== undefined) x += `<w:outlineLvl w:val="${d.outline}"/>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}

function rPrXml(d: StyleDef): string {
  let x = '';
  if (d.role) x += rFontsXml(d.role, d.latin);
  if (d.color) x += `<w:color w:val="${d.color}"/>`;
  if (d.charSpacing !== undefined) x += `<w:spacing w:val="${d.charSpacing}"/>`;
  if (d.size !== undefined) x += `<w:sz w:val="${Math.round(d.size * 2)}"/><w:szCs w:val="${Math.round(d.size * 2)}"/>`;
  if (d.lang) x += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>';
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

function styleXml(d: StyleDef, m: DocxMetrics, order: number): string {
  const builtIn = d.builtIn || d.id === STYLE.body || d.id === STYLE.footer;
  const attrs = `w:type="paragraph"${d.id === STYLE.body ? ' w:default="1"' : ''}${builtIn ? '' : ' w:customStyle="1"'} w:styleId="${d.id}"`;
  return (
    `<w:style ${attrs}><w:name w:val="${esc(d.name)}"/>` +
    (d.basedOn ? `<w:basedOn w:val="${d.basedOn}"/>` : '') +
    (d.next ? `<w:next w:val="${d.next}"/>` : '') +
    `<w:uiPriority w:val="${order}"/><w:qFormat/>` +
    pPrXml(d, m) +
    rPrXml(d) +
    '</w:style>'
  );
}

/** `defs`: another document kind's styles (the manual's); Normal must come first. */
export function stylesXml(p: Profile, m: DocxMetrics, defs: StyleDef[] = styleDefs(p, m)): string {
  const body = defs[0]!;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    // Defaults repeat the body fonts so text outside any style never falls back to a theme font.
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFontsXml(p.body.role)}` +
    `<w:sz w:val="${body.size! * 2}"/><w:szCs w:val="${body.size! * 2}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    defs.map((d, i) => styleXml(d, m, i + 1)).join('') +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    // The docx library's footnote separators refer to these two.
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '</w:styles>'
  );
}
