/**
 * 版记: a table floated to the bottom edge of the margin, so its last rule lies on the 版心
 * bottom of whatever page it lands on (the page of the paragraph after it, the last one).
 * Rows: 印数 (if any), 抄送, then 印发机关 and 印发日期 above the last rule. The first and last
 * rules are thick, the ones between rows thin, all 156 mm. A 信函's 版记 is the 抄送 row alone,
 * without rules.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  OverlapType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import type { Colophon, LetterColophon } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import { formatDate } from '../../text/format-date.js';
import { hex, type DocxMetrics } from './metrics.js';
import { textRun } from './runs.js';
import { STYLE } from './styles.js';

const COPY_TO_LABEL = '抄送：';

/** Border widths are in eighths of a point. */
export const eighths = (pt: number): number => Math.round(pt * 8);

export function colophonBlocks(c: Colophon | LetterColophon, p: Profile, m: DocxMetrics): FileChild[] {
  const role = p.colophon.role;
  const inset = Math.round(p.colophon.insetChars * m.colophonChar);
  const half = Math.floor(m.blockWidth / 2);
  const cellMargins = { top: 0, bottom: 0, left: 0, right: 0 };
  const para = (text: string, extra: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
    new Paragraph({ style: STYLE.colophon, ...extra, children: [textRun(text, role)] });
  const wide = (child: Paragraph) =>
    new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: 2, margins: cellMargins, width: { size: m.blockWidth, type: WidthType.DXA }, children: [child] })] });

  const rows: TableRow[] = [];
  if (c.kind !== 'letter' && c.copies !== undefined) {
    rows.push(wide(para(`（共印${c.copies}份）`, { alignment: AlignmentType.RIGHT, indent: { right: inset } })));
  }
  if (c.copyTo?.length) {
    const hanging = Math.round(cellWidth(COPY_TO_LABEL) * m.colophonChar);
    // Wrapped lines start after the colon.
    rows.push(wide(para(`${COPY_TO_LABEL}${c.copyTo.join('，')}。`, { indent: { left: inset + hanging, hanging, right: inset } })));
  }
  if (c.kind !== 'letter') {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ margins: cellMargins, width: { size: half, type: WidthType.DXA }, children: [para(c.printer, { indent: { left: inset } })] }),
          new TableCell({
            margins: cellMargins,
            width: { size: m.blockWidth - half, type: WidthType.DXA },
            children: [para(`${formatDate(c.printDate)}印发`, { alignment: AlignmentType.RIGHT, indent: { right: inset } })],
          }),
        ],
      }),
    );
  }
  if (!rows.length) return [];

  const black = hex(p.colors.black);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const ruled = c.kind !== 'letter';
  const rule = (pt: number) => (ruled ? { style: BorderStyle.SINGLE, size: eighths(pt), color: black, space: 0 } : none);
  const table = new Table({
    width: { size: m.blockWidth, type: WidthType.DXA },
    columnWidths: [half, m.blockWidth - half],
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    borders: {
      top: rule(p.colophon.outerRulePt),
      bottom: rule(p.colophon.outerRulePt),
      insideHorizontal: rule(p.colophon.innerRulePt),
      left: none,
      right: none,
      insideVertical: none,
    },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: m.margin.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
      leftFromText: 0,
      rightFromText: 0,
      topFromText: 0,
      bottomFromText: 0,
    },
    rows,
  });
  // The paragraph after a floating table anchors it; keep it one twip-thin so it never adds a page.
  const anchor = new Paragraph({ style: STYLE.colophon, spacing: { line: 20, lineRule: LineRuleType.EXACT } });
  return [table, anchor];
}
