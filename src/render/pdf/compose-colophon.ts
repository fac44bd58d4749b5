/**
 * 版记 at the foot of the last page: 4号 rows, one grid line each, the last row on the last
 * grid line of the 版心. 文件格式: the last rule on the 版心 bottom; first and last rules
 * 0.35 mm, the ones between 0.25 mm. Order from the top: other elements (印数), 抄送,
 * 印发机关 and 印发日期. 信函格式: only 抄送, with no rules.
 */
import type { Colophon, LetterColophon } from '../../ir/types.js';
import { formatDate } from '../../text/format-date.js';
import { breakLines, type PlacedGlyph } from './break-lines.js';
import type { PdfContext } from './context.js';
import type { Flow } from './flow.js';
import { blankLine, inlinesOf } from './line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

interface Row {
  parts: { glyphs: PlacedGlyph[]; x: number }[];
  /** A rule above this row (the first row's is the outer rule). */
  ruleAbove: boolean;
}

export function composeColophon(ctx: PdfContext, flow: Flow, c: Colophon | LetterColophon): void {
  const { profile: p, grid } = ctx;
  const style: ShapeStyle = { role: p.colophon.role, size: p.colophon.size, color: p.colors.black, grid: false };
  const inset = p.colophon.insetChars * p.colophon.size;
  const ruled = c.kind === 'file';
  const rows: Row[] = [];
  if (c.kind === 'file' && c.copies) {
    rows.push({ parts: [{ glyphs: shapeText(ctx, `（共印${c.copies}份）`, style, c.position), x: inset }], ruleAbove: true });
  }
  if (c.copyTo?.length) {
    const label = '抄送：';
    const text = label + c.copyTo.join('，').replace(/[。，、]$/, '') + '。';
    const labelW = glyphsWidth(shapeText(ctx, label, style, c.position));
    const lines = breakLines(shapeText(ctx, text, style, c.position), { width: grid.blockWidth - 2 * inset, firstIndent: 0, restIndent: labelW });
    lines.forEach((l, i) => rows.push({ parts: [{ glyphs: l.glyphs, x: inset + l.indent }], ruleAbove: ruled && i === 0 }));
  }
  if (c.kind === 'file') {
    const printer = shapeText(ctx, c.printer, style, c.position);
    const date = shapeText(ctx, `${formatDate(c.printDate)}印发`, style, c.printDate.position);
    rows.push({ parts: [{ glyphs: printer, x: inset }, { glyphs: date, x: grid.blockWidth - inset - glyphsWidth(date) }], ruleAbove: true });
  }
  if (!rows.length) return;

  // The rows take the last grid lines of a page; start a new page when the text reaches them.
  if (flow.line > flow.linesPerPage - rows.length) {
    flow.newPage();
    flow.add(blankLine(ctx));
  }
  const pitch = grid.linePitch;
  const size = p.colophon.size;
  const rule = (y: number, width: number) =>
    flow.place({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: grid.blockWidth, y2: 0, lineWidth: width, lineColor: p.colors.black }], absolutePosition: { x: grid.left, y } });
  rows.forEach((row, i) => {
    const top = grid.bottom - (rows.length - i) * pitch;
    const baseline = top + (pitch - size) / 2 + 0.88 * size;
    for (const part of row.parts) {
      if (!part.glyphs.length) continue;
      const asc = Math.max(...part.glyphs.map((g) => ctx.metrics.ascender(g.slot, g.size)));
      flow.place({ text: inlinesOf(ctx, part.glyphs), absolutePosition: { x: grid.left + part.x, y: baseline - asc } });
    }
    if (row.ruleAbove) rule(top, i === 0 ? p.colophon.outerRulePt : p.colophon.innerRulePt);
  });
  if (ruled) rule(grid.bottom, p.colophon.outerRulePt);
}
