/**
 * 附件说明, 署名 and 成文日期, 附注. With a seal the date is right-indented 4 characters and
 * the 署名 centred over it; without, the 署名 is right-indented 2 characters and the date
 * starts 2 characters to the right of it (a date longer than the 署名 is itself right-indented 2).
 */
import type { AttachmentNote, Signature } from '../../ir/types.js';
import { formatDate } from '../../text/format-date.js';
import { breakLines } from './break-lines.js';
import { addParagraph, bodyGlyphs } from './compose-blocks.js';
import type { PdfContext } from './context.js';
import type { Flow } from './flow.js';
import { lineNode } from './line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

export function composeAttachmentNotes(ctx: PdfContext, flow: Flow, notes: AttachmentNote[]): void {
  if (!notes.length) return;
  const { profile: p, grid } = ctx;
  const style: ShapeStyle = { role: p.body.role, size: p.body.size, color: p.colors.black, grid: true };
  flow.blank(p.attachmentNote.gapLinesBefore);
  const labelCells = glyphsWidth(shapeText(ctx, p.attachmentNote.label, style, notes[0]!.position)) / grid.cell;
  const indent = p.attachmentNote.indentChars;
  notes.forEach((n, i) => {
    const lead = i === 0 ? p.attachmentNote.label : '';
    const number = notes.length > 1 ? `${n.number}.` : '';
    const numberCells = glyphsWidth(shapeText(ctx, number, style, n.position)) / grid.cell;
    const glyphs = shapeText(ctx, lead + number + n.title, style, n.position);
    // Later items align under "1."; wrapped names align with the name's first character.
    const first = i === 0 ? indent : indent + labelCells;
    addParagraph(ctx, flow, glyphs, first, indent + labelCells + numberCells);
  });
}

/** `note` is the 附注, printed under the date. */
export function composeSignature(ctx: PdfContext, flow: Flow, sig: Signature, note?: string): void {
  const { profile: p, grid } = ctx;
  const style: ShapeStyle = { role: p.body.role, size: p.body.size, color: p.colors.black, grid: true };
  const date = shapeText(ctx, formatDate(sig.date), style, sig.date.position);
  const dateW = glyphsWidth(date);
  const names = sig.names.map((n) => shapeText(ctx, n, style, sig.position));
  const place = (glyphs: typeof date, x: number) => {
    const [line] = breakLines(glyphs, { width: grid.blockWidth, firstIndent: Math.max(0, x), restIndent: 0 });
    if (line) flow.add(lineNode(ctx, line, { justify: false }));
  };
  const gap = sig.sealed ? p.signature.sealed.gapLinesBefore : p.signature.unsealed.gapLinesBefore;
  // 署名 and 成文日期 never open a page on their own: two lines of text go over with them.
  if (flow.line > 0 && flow.free < gap + names.length + 1) flow.carryLastLines(2);
  if (sig.sealed) {
    flow.blank(gap);
    const dateX = grid.blockWidth - p.signature.sealed.dateRightIndentChars * grid.cell - dateW;
    for (const n of names) place(n, dateX + (dateW - glyphsWidth(n)) / 2);
    place(date, dateX);
  } else {
    const u = p.signature.unsealed;
    flow.blank(gap);
    const widest = Math.max(...names.map(glyphsWidth));
    let nameX = grid.blockWidth - u.nameRightIndentChars * grid.cell - widest;
    let dateX = nameX + u.dateOffsetChars * grid.cell;
    if (dateW > widest) {
      dateX = grid.blockWidth - u.nameRightIndentChars * grid.cell - dateW;
      nameX = dateX - u.dateOffsetChars * grid.cell;
    }
    for (const n of names) place(n, nameX);
    place(date, dateX);
  }
  if (note) {
    addParagraph(ctx, flow, bodyGlyphs(ctx, [{ type: 'text', text: note, position: sig.position }], p.body.role), p.note.indentChars);
  }
}
