/**
 * The 目录's lines: chapters flush left, sections indented, a leader from the text to the
 * page number, which ends on the 版心's right edge. A text too long for one line wraps clear
 * of the number's column, the leader and number on its last line.
 */
import type { TocEntry } from '../../../ir/manual.js';
import type { SourcePosition } from '../../../ir/types.js';
import { breakLines } from '../break-lines.js';
import type { Flow } from '../flow.js';
import { lineNode } from '../line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from '../shape-text.js';
import type { ManualContext } from './context.js';

const HAIR = 0.01;

/** `pages`: the displayed page of each entry's target. */
export function composeToc(ctx: ManualContext, flow: Flow, toc: TocEntry[], pages: ReadonlyMap<string, number>, position: SourcePosition): void {
  const { grid, profile: p, style } = ctx;
  for (const entry of toc) {
    const text: ShapeStyle = { role: entry.level === 1 ? style.toc.chapterRole : style.toc.sectionRole, size: p.body.size, color: p.colors.black, grid: true };
    // The number at its natural width, so its last digit ends on the edge.
    const number = shapeText(ctx, String(pages.get(entry.target) ?? ''), { ...text, grid: false }, position);
    // A leader the font cannot draw (already reported) leaves the gap blank.
    const leader = shapeText(ctx, style.toc.leader, text, position)[0] ?? shapeText(ctx, '\u3000', text, position)[0]!;
    const indent = entry.level === 2 ? style.toc.sectionIndentChars * grid.cell : 0;
    const numberWidth = glyphsWidth(number);
    const lines = breakLines(shapeText(ctx, entry.text, text, position), { width: grid.blockWidth - numberWidth - leader.width, firstIndent: indent, restIndent: indent });
    const last = lines[lines.length - 1]!;
    // Whole leaders fill the gap, each widened a little so the last one meets the number; a
    // hair is left over, as pdfmake wraps a line that measures the least bit over its width.
    const gap = grid.blockWidth - indent - glyphsWidth(last.glyphs) - numberWidth - HAIR;
    const count = Math.max(1, Math.floor(gap / leader.width));
    last.glyphs = [...last.glyphs, ...Array.from({ length: count }, () => ({ ...leader, width: gap / count })), ...number];
    for (const line of lines) flow.add(lineNode(ctx, line, { justify: false }));
  }
}
