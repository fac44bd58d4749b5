/**
 * 附件说明, 署名 and 成文日期, 附注. With a seal the date is right-indented 4 characters and
 * the 署名 centred over it; without, the 署名 is right-indented 2 characters and the date
 * starts 2 characters to the right of it (a date longer than the 署名 is itself right-indented 2).
 * 联合行文 with seals (§7.3.5.1, one seal per 署名): the 署名 in rows of two, the right-hand one
 * centred over the date and the left-hand one a seal's spacing further left, rows a seal's
 * height apart, the last row directly above the date.
 */
import type { AttachmentNote, Signature } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
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
  /** Several texts on one line, each starting at its x: the gap before the next widens a text's last glyph. */
  const placeRow = (parts: { glyphs: typeof date; x: number }[]) => {
    const x0 = Math.max(0, parts[0]!.x);
    const glyphs = parts.flatMap((part, i) => {
      const next = parts[i + 1];
      if (!next || !part.glyphs.length) return part.glyphs;
      const last = part.glyphs[part.glyphs.length - 1]!;
      const end = Math.max(0, part.x) + glyphsWidth(part.glyphs);
      return [...part.glyphs.slice(0, -1), { ...last, width: last.width + Math.max(0, next.x - end) }];
    });
    flow.add(lineNode(ctx, { glyphs, indent: x0, available: grid.blockWidth - x0, last: true }, { justify: false }));
  };
  const gap = sig.sealed ? p.signature.sealed.gapLinesBefore : p.signature.unsealed.gapLinesBefore;
  const sealed = p.signature.sealed;
  // 联合行文 with seals: the 署名 in rows of two side by side, rows far enough apart for the seals.
  const rows: (typeof date)[][] = [];
  if (sig.sealed) for (let i = 0; i < names.length; i += sealed.jointNamesPerRow) rows.push(names.slice(i, i + sealed.jointNamesPerRow));
  const nameLines = sig.sealed ? rows.length + Math.max(0, rows.length - 1) * sealed.jointRowGapLines : names.length;
  // 署名 and 成文日期 never open a page on their own: two lines of text go over with them.
  if (flow.line > 0 && flow.free < gap + nameLines + 1) flow.carryLastLines(2);
  if (sig.sealed) {
    flow.blank(gap);
    const dateX = grid.blockWidth - sealed.dateRightIndentChars * grid.cell - dateW;
    const centre = dateX + dateW / 2;
    rows.forEach((row, k) => {
      if (k > 0) flow.blank(sealed.jointRowGapLines);
      const right = row[row.length - 1]!;
      // Centred over the date; a name too long for that stops at the 版心's right edge (as in the DOCX).
      const rightX = Math.min(centre - glyphsWidth(right) / 2, grid.blockWidth - glyphsWidth(right));
      if (row.length === 1) return place(right, rightX);
      // Each further name is centred jointColumnGapMm left of the next; never closer than its text allows.
      const placed: { glyphs: typeof date; x: number }[] = [{ glyphs: right, x: rightX }];
      for (let j = row.length - 2; j >= 0; j--) {
        const n = row[j]!;
        const next = placed[0]!;
        const nextCentre = next.x + glyphsWidth(next.glyphs) / 2;
        const step = Math.max(mm(sealed.jointColumnGapMm), (glyphsWidth(n) + glyphsWidth(next.glyphs)) / 2 + sealed.jointMinNameGapChars * grid.cell);
        placed.unshift({ glyphs: n, x: nextCentre - step - glyphsWidth(n) / 2 });
      }
      placeRow(placed);
    });
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
