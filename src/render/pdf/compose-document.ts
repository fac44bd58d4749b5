/** The whole notice (文件格式 or 信函格式) → the pdfmake flow: 版头, 主体, attachments, 版记. */
import type { OfficialDocument, SourcePosition } from '../../ir/types.js';
import { breakLines } from './break-lines.js';
import { addBlocks, addParagraph, bodyGlyphs } from './compose-blocks.js';
import { composeColophon } from './compose-colophon.js';
import { composeHead } from './compose-head.js';
import { composeLetterHead } from './compose-letter-head.js';
import { composeAttachmentNotes, composeSignature } from './compose-signature.js';
import { composeAttendance } from './compose-attendance.js';
import { oriented, type PdfContext } from './context.js';
import { Flow } from './flow.js';
import { lineNode, type PdfTextNode } from './line-node.js';
import { shapeText, type ShapeStyle } from './shape-text.js';

/** `text` broken to the 版心 width into centred lines, one grid line each. */
export function centredLines(ctx: PdfContext, text: string, style: ShapeStyle, position: SourcePosition): PdfTextNode[] {
  return breakLines(shapeText(ctx, text, style, position), { width: ctx.grid.blockWidth, firstIndent: 0, restIndent: 0 }).map((line) => ({
    ...lineNode(ctx, { ...line, indent: 0 }, { justify: false }),
    alignment: 'center',
  }));
}

function addTitle(ctx: PdfContext, flow: Flow, lines: string[], position: OfficialDocument['titlePosition']): void {
  const p = ctx.profile;
  const style: ShapeStyle = { role: p.title.role, size: p.title.size, color: p.colors.black, grid: false };
  // An author's line that is still too long wraps; each printed line is centred.
  for (const text of lines) for (const node of centredLines(ctx, text, style, position)) flow.add(node);
}

function addTitleAndRecipients(ctx: PdfContext, flow: Flow, title: string[], position: SourcePosition, recipients: string | undefined): void {
  const p = ctx.profile;
  addTitle(ctx, flow, title, position);
  if (recipients) {
    flow.blank(p.recipients.gapLinesAfterTitle);
    addParagraph(ctx, flow, bodyGlyphs(ctx, [{ type: 'text', text: recipients, position }], p.body.role), 0);
  }
}

export function composeDocument(ctx: PdfContext, doc: OfficialDocument): Flow {
  const { profile: p } = ctx;
  const flow = new Flow(ctx);
  flow.blank(doc.format === 'letter' ? composeLetterHead(ctx, flow, doc.head) : composeHead(ctx, flow, doc.head));
  addTitleAndRecipients(ctx, flow, doc.title, doc.titlePosition, doc.recipients);
  addBlocks(ctx, flow, doc.body);
  composeAttachmentNotes(ctx, flow, doc.attachmentNotes);
  if (doc.format === 'minutes') {
    // A 纪要 has no 落款: the attendance lists close the 主体.
    composeAttendance(ctx, flow, doc.attendance ?? []);
    if (doc.note) addParagraph(ctx, flow, bodyGlyphs(ctx, [{ type: 'text', text: doc.note, position: doc.position }], p.body.role), p.note.indentChars);
  } else {
    composeSignature(ctx, flow, doc.signature, doc.note);
  }

  // A printed or forwarded document starts a new page; a forwarded one brings its own 版头 and 主送.
  const e = doc.enclosure;
  if (e) {
    flow.newPage();
    if (e.head) flow.blank(composeHead(ctx, flow, e.head));
    addTitleAndRecipients(ctx, flow, e.title, e.titlePosition, e.recipients);
    if (!e.recipients) flow.blank();
    addBlocks(ctx, flow, e.body);
    composeAttachmentNotes(ctx, flow, e.attachmentNotes);
    composeSignature(ctx, flow, { ...e.signature, position: e.titlePosition });
  }

  for (const a of doc.attachments) {
    // A 横排 attachment is laid out on landscape pages with their own 版心.
    const orientation = a.landscape ? 'landscape' : 'portrait';
    if (orientation === flow.orientation) flow.newPage();
    else flow.turn(orientation);
    const actx = oriented(ctx, orientation);
    const label: ShapeStyle = { role: p.attachmentPage.labelRole, size: p.body.size, color: p.colors.black, grid: true };
    const [line] = breakLines(shapeText(actx, `附件${a.number}`, label, a.position), { width: actx.grid.blockWidth, firstIndent: 0, restIndent: 0 });
    if (line) flow.add(lineNode(actx, line, { justify: false }));
    flow.blank(p.attachmentPage.titleLine - 2);
    addTitle(actx, flow, a.title, a.position);
    flow.blank();
    addBlocks(actx, flow, a.body);
  }
  if (doc.colophon) {
    // The 版记 closes the document on a portrait page.
    if (flow.orientation !== 'portrait') flow.turn('portrait');
    composeColophon(ctx, flow, doc.colophon);
  }
  return flow;
}
