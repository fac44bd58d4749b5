/**
 * Tables: the full 版心 width with fixed column widths, thin black rules all round, header rows
 * repeated on every page and no row split across pages. Text takes the 表格文字 and 表格标题行
 * styles, so a clerk can restyle every table of the document in Word at once.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { CellAlign, Table as TableBlock, TableRow as RowBlock } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { eighths } from './colophon.js';
import { hex, type DocxMetrics } from './metrics.js';
import { inlineRuns } from './runs.js';
import { STYLE } from './styles.js';

/** Centred cells follow the styles' alignment, so restyling the styles moves them too. */
const ALIGNMENT: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType] | undefined> = {
  left: AlignmentType.LEFT,
  center: undefined,
  right: AlignmentType.RIGHT,
};

/** Weights → twips adding up to exactly `total`: each edge is rounded, not each width. */
function scaleWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let edge = 0;
  let acc = 0;
  return weights.map((w) => {
    acc += w;
    const next = Math.round((acc / sum) * total);
    const width = next - edge;
    edge = next;
    return width;
  });
}

export function tableBlock(t: TableBlock, p: Profile, m: DocxMetrics): Table {
  const rule = { style: BorderStyle.SINGLE, size: eighths(p.table.borderPt), color: hex(p.colors.black), space: 0 };
  const padding = m.mm(p.table.paddingMm);
  return new Table({
    width: { size: m.blockWidth, type: WidthType.DXA },
    columnWidths: scaleWidths(t.columnWidths, m.blockWidth),
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: padding, right: padding },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    // Covered cells are absent from the model's rows; the library adds the vMerge continue cells.
    rows: t.rows.map((r) => tableRow(r, p, m, Boolean(t.breakRows))),
  });
}

function tableRow(r: RowBlock, p: Profile, m: DocxMetrics, breakRows: boolean): TableRow {
  const header = r.kind === 'header';
  const plain = r.kind === 'body';
  const style = plain ? STYLE.tableText : STYLE.tableHeader;
  const role = plain ? p.table.role : p.table.headerRole;
  return new TableRow({
    // Header rows repeat on every page and stay with the first body row instead of ending a page alone.
    ...(header ? { tableHeader: true, keepNext: true } : {}),
    cantSplit: header || !breakRows,
    ...(r.minLines ? { height: { value: r.minLines * m.linePitch, rule: HeightRule.ATLEAST } } : {}),
    children: r.cells.map((c) => {
      const alignment = ALIGNMENT[c.align];
      const para = (children: TextRun[]) => new Paragraph({ style, ...(alignment ? { alignment } : {}), children });
      return new TableCell({
        verticalAlign: VerticalAlignTable.CENTER,
        ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
        ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
        // A cell needs one paragraph even when blank.
        children: c.paragraphs.length ? c.paragraphs.map((runs) => para(inlineRuns(runs, role))) : [para([])],
      });
    }),
  });
}

/**
 * Word joins two tables with nothing between them into one, and wants a paragraph after the
 * last table; a one-twip paragraph separates them without taking a line.
 */
export function separateTables(children: readonly FileChild[]): FileChild[] {
  const out: FileChild[] = [];
  children.forEach((c, i) => {
    out.push(c);
    const next = children[i + 1];
    if (c instanceof Table && (next === undefined || next instanceof Table)) {
      out.push(new Paragraph({ style: STYLE.body, spacing: { line: 20, lineRule: LineRuleType.EXACT } }));
    }
  });
  return out;
}
