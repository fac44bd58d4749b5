/**
 * 版头 and the start of 主体: 份号, 密级, 紧急程度, the red 发文机关标志, 发文字号 with the red
 * separator, the title and 主送机关. Vertical gaps are whole grid lines except where the
 * standard gives millimetres (the mark's top edge, the rule's distance from the 文号).
 */
import { markFontSize } from '../../layout/mark-size.js';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocumentHead, OfficialDocument } from '../../ir/types.js';
import { mm, twips, type Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import { hex, type DocxMetrics } from './metrics.js';
import { runFonts, textRun } from './runs.js';
import { STYLE, type StyleId } from './styles.js';

/** Border space that puts the red rule ruleGapMm below the 文号's characters. */
export function ruleSpace(p: Profile, m: DocxMetrics): number {
  const leadingBelow = (m.linePitch / 20 - p.body.size) / 2;
  return Math.max(0, Math.round(mm(p.head.ruleGapMm) - leadingBelow));
}

/** 份号, 密级★保密期限 and 紧急程度 in their top-down order, each with its paragraph style. */
export function headLabels(h: DocumentHead): { style: StyleId; text: string }[] {
  const out: { style: StyleId; text: string }[] = [];
  if (h.copyNumber) out.push({ style: STYLE.copyNumber, text: h.copyNumber });
  if (h.secrecy) out.push({ style: STYLE.secrecy, text: h.secrecy.term ? `${h.secrecy.level}★${h.secrecy.term}` : h.secrecy.level });
  if (h.urgency) out.push({ style: STYLE.urgency, text: h.urgency });
  return out;
}

/** `pageBreakBefore` starts the 版头 on a new page (a forwarded document after the notice). */
export function headBlocks(doc: Pick<OfficialDocument, 'head' | 'title' | 'recipients'>, p: Profile, m: DocxMetrics, pageBreakBefore = false): FileChild[] {
  const h = doc.head;
  const out: FileChild[] = headLabels(h).map(
    ({ style, text }, i) => new Paragraph({ style, pageBreakBefore: pageBreakBefore && i === 0, children: [textRun(text, p.head.labelRole)] }),
  );
  out.push(...markBlocks(h.mark, p, m, out.length, pageBreakBefore && out.length === 0));

  const red = hex(p.colors.red);
  const signed = h.signers?.length ? signerLine(h.docNumber?.text, h.signers, p, m) : undefined;
  out.push(
    new Paragraph({
      style: STYLE.docNumber,
      spacing: { before: p.head.docNumberGapLines * m.linePitch },
      // A bottom border spans the paragraph, i.e. the full 156 mm block. Its `space` (points) counts
      // from the line's bottom, which lies half the grid line's leading below the characters.
      border: {
        bottom: { style: BorderStyle.SINGLE, size: Math.round(p.head.ruleThicknessPt * 8), color: red, space: ruleSpace(p, m) },
      },
      ...(signed ?? { children: h.docNumber ? [textRun(h.docNumber.text, p.body.role)] : [] }),
    }),
  );

  out.push(...titleBlocks(doc, p.title.gapLinesAfterRule * m.linePitch, p, m));
  return out;
}

export const SIGNER_LABEL = '签发人：';

/** 上行文: the 签发人 names, `signersPerRow` a row joined by a full-width space. */
export function signerRows(signers: readonly string[], p: Profile): string[] {
  const rows: string[] = [];
  for (let i = 0; i < signers.length; i += p.head.signersPerRow) rows.push(signers.slice(i, i + p.head.signersPerRow).join('\u3000'));
  return rows;
}

/**
 * 上行文: tab stops (twips from the left margin) for "签发人：" and for the names of the rows
 * after the first. The widest row ends `signerIndentChars` from the right; widths count the
 * squeezed grid advance (one 字 plus the run's negative character spacing).
 */
export function signerTabs(signers: readonly string[], p: Profile, m: DocxMetrics): { label: number; names: number } {
  const advance = m.char + m.charSpacing;
  const widest = Math.max(...signerRows(signers, p).map(cellWidth));
  const names = m.blockWidth - Math.round(p.head.signerIndentChars * m.char) - Math.round(widest * advance);
  return { label: names - Math.round(cellWidth(SIGNER_LABEL) * advance), names };
}

/**
 * The 发文字号 paragraph of a 上行文: left-aligned, the 文号 left-indented `signerIndentChars`,
 * "签发人：" (仿宋) and the first row of names (楷体) at the label's tab stop on the first line,
 * each further row on its own line at the names' tab stop, the 文号 on the last row.
 */
function signerLine(docNumber: string | undefined, signers: readonly string[], p: Profile, m: DocxMetrics) {
  const rows = signerRows(signers, p);
  const tabs = signerTabs(signers, p, m);
  const last = rows.length - 1;
  const tab = (n: number, brk: boolean) =>
    new TextRun({ ...(brk ? { break: 1 } : {}), children: Array.from({ length: n }, () => new Tab()), font: runFonts(p.body.role) });
  const children = rows.flatMap((row, k) => [
    ...(k === last && docNumber ? [textRun(docNumber, p.body.role, k > 0 ? { break: 1 } : {})] : []),
    tab(k === 0 ? 1 : 2, k > 0 && !(k === last && docNumber)),
    ...(k === 0 ? [textRun(SIGNER_LABEL, p.body.role)] : []),
    textRun(row, p.head.signerRole),
  ]);
  return {
    alignment: AlignmentType.LEFT,
    indent: { left: Math.round(p.head.signerIndentChars * m.char) },
    tabStops: [
      { type: TabStopType.LEFT, position: tabs.label },
      { type: TabStopType.LEFT, position: tabs.names },
    ],
    children,
  };
}

/** The title, `before` twips below the element above it, and 主送机关 one line below the title. */
export function titleBlocks(doc: Pick<OfficialDocument, 'title' | 'recipients'>, before: number, p: Profile, m: DocxMetrics): Paragraph[] {
  const out = [
    new Paragraph({
      style: STYLE.title,
      spacing: { before },
      children: doc.title.map((line, i) => textRun(line, p.title.role, i > 0 ? { break: 1 } : {})),
    }),
  ];
  if (doc.recipients) {
    out.push(
      new Paragraph({
        style: STYLE.recipients,
        spacing: { before: p.recipients.gapLinesAfterTitle * m.linePitch },
        children: [textRun(doc.recipients, p.body.role)],
      }),
    );
  }
  return out;
}

/**
 * Line height of the mark in ems. Word centres text in an exact line that is taller than the
 * font and clips it from the top in one that is shorter, so the line is kept taller than the
 * official fonts' ascent + descent. Not a layout number; it also spaces stacked issuer names.
 */
export const MARK_LINE_EM = 1.25;

/** The space before centres the first line so that the ideographs' top edge is markTopMm below the 版心 top. */
function markBlocks(mark: DocumentHead['mark'], p: Profile, m: DocxMetrics, labelLines: number, pageBreakBefore: boolean): FileChild[] {
  const size = markFontSize(mark, p);
  const line = twips(size * MARK_LINE_EM);
  const gap = Math.max(0, m.mm(p.head.markTopMm) - labelLines * m.linePitch - Math.round((line - twips(size)) / 2));
  const run = (text: string) => textRun(text, p.head.markRole, { size: size * 2 });
  const spacing = (before: number) => ({ before, line, lineRule: LineRuleType.EXACT });

  if (mark.issuers.length <= 1) {
    const name = mark.issuers[0]?.name ?? '';
    return [new Paragraph({ style: STYLE.mark, pageBreakBefore, spacing: spacing(gap), children: [run(name + mark.suffix)] })];
  }

  // 联合行文: names stacked in one cell, the suffix centred vertically beside them.
  const nameWidth = Math.round(Math.max(...mark.issuers.map((i) => cellWidth(i.name))) * size * 20);
  const suffixWidth = Math.round(cellWidth(mark.suffix) * size * 20);
  const none = { top: 0, bottom: 0, left: 0, right: 0 };
  const names = new TableCell({
    width: { size: nameWidth, type: WidthType.DXA },
    margins: none,
    verticalAlign: VerticalAlignTable.CENTER,
    children: mark.issuers.map(
      (i) => new Paragraph({ style: STYLE.mark, alignment: AlignmentType.DISTRIBUTE, spacing: spacing(0), children: [run(i.name)] }),
    ),
  });
  const cells = [names];
  if (mark.suffix) {
    cells.push(
      new TableCell({
        width: { size: suffixWidth, type: WidthType.DXA },
        margins: none,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [new Paragraph({ style: STYLE.mark, spacing: spacing(0), children: [run(mark.suffix)] })],
      }),
    );
  }
  const spacer = new Paragraph({ style: STYLE.mark, pageBreakBefore, spacing: { before: 0, line: gap, lineRule: LineRuleType.EXACT } });
  const table = new Table({
    alignment: AlignmentType.CENTER,
    width: { size: nameWidth + (mark.suffix ? suffixWidth : 0), type: WidthType.DXA },
    columnWidths: mark.suffix ? [nameWidth, suffixWidth] : [nameWidth],
    margins: none,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: cells })],
  });
  // The spacer also carries a page break; without it the table could not start a new page.
  return gap > 0 || pageBreakBefore ? [spacer, table] : [table];
}
