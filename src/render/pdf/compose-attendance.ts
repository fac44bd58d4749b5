/** 纪要: "出席：" (黑体) and the names (仿宋), indented 2 characters, wrapped lines aligned after the colon. */
import type { Attendance } from '../../ir/types.js';
import { addParagraph } from './compose-blocks.js';
import type { PdfContext } from './context.js';
import type { Flow } from './flow.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

export function composeAttendance(ctx: PdfContext, flow: Flow, lists: readonly Attendance[]): void {
  if (!lists.length) return;
  const { profile: p, grid } = ctx;
  const body: ShapeStyle = { role: p.body.role, size: p.body.size, color: p.colors.black, grid: true };
  const label: ShapeStyle = { ...body, role: p.minutes.labelRole };
  flow.blank(p.minutes.gapLinesBefore);
  for (const a of lists) {
    const head = shapeText(ctx, `${a.label}：`, label, a.position);
    const names = shapeText(ctx, a.names.join('、'), body, a.position);
    const indent = p.minutes.indentChars;
    addParagraph(ctx, flow, [...head, ...names], indent, indent + glyphsWidth(head) / grid.cell);
  }
}
