/**
 * Every piece of printed text in a document with where it came from, for rules that scan
 * prose. A span lies on one source line, so offset k inside it is column + k.
 */
import { documentBlocks } from '../ir/document-blocks.js';
import type { AttachmentNote, Block, Inline, OfficialDocument, SourcePosition } from '../ir/types.js';
import type { Manual, ManualBlock } from '../ir/manual.js';
import type { TextContext } from './rule.js';

export type SpanWhere = 'title' | 'recipients' | 'body' | 'heading' | 'table' | 'attachment-title' | 'attachment-note' | 'note' | 'caption' | 'standard';

export interface TextSpan {
  text: string;
  position: SourcePosition;
  where: SpanWhere;
  /** Attachment number when the span is inside an attachment. */
  attachment?: number;
  /** Inside a document the notice 转发s: its text is the other organ's, not the clerk's to change. */
  forwarded?: boolean;
}

/** Position of the code point at `offset` (in code points) inside a span. */
export function positionIn(span: { position: SourcePosition }, offset: number): SourcePosition {
  return { ...span.position, column: span.position.column + offset };
}

/** Code-point offset of a UTF-16 index (regex match indices are UTF-16). */
export function codePointOffset(text: string, index: number): number {
  return [...text.slice(0, index)].length;
}

function inlineSpans(runs: Inline[], where: SpanWhere, attachment: number | undefined, out: TextSpan[]): void {
  for (const r of runs) out.push({ text: r.text, position: r.position, where, ...(attachment ? { attachment } : {}) });
}

function blockSpans(blocks: Block[], attachment: number | undefined, out: TextSpan[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        inlineSpans(b.children, 'heading', attachment, out);
        break;
      case 'paragraph':
        inlineSpans(b.children, 'body', attachment, out);
        break;
      case 'table':
        for (const row of b.rows) for (const c of row.cells) for (const p of c.paragraphs) inlineSpans(p, 'table', attachment, out);
        break;
    }
  }
}

/** The 附件说明 that numbers the attachments: the enclosure's when the notice 印发s a document. */
export function listedAttachments(doc: OfficialDocument): AttachmentNote[] {
  return doc.enclosure?.attachmentNotes ?? doc.attachmentNotes;
}

export function textSpans(doc: OfficialDocument): TextSpan[] {
  const out: TextSpan[] = [];
  doc.title.forEach((t) => out.push({ text: t, position: doc.titlePosition, where: 'title' }));
  if (doc.enclosure) {
    const { title, titlePosition, kind } = doc.enclosure;
    title.forEach((t) => out.push({ text: t, position: titlePosition, where: 'title', ...(kind === 'forwarded' ? { forwarded: true } : {}) }));
  }
  for (const n of listedAttachments(doc)) out.push({ text: n.title, position: n.position, where: 'attachment-note' });
  for (const a of doc.attachments) out.push({ text: a.title.join(''), position: a.position, where: 'attachment-title', attachment: a.number });
  for (const g of documentBlocks(doc)) {
    const from = out.length;
    blockSpans(g.blocks, g.attachment, out);
    if (g.forwarded) for (const span of out.slice(from)) span.forwarded = true;
  }
  return out;
}

function manualBlockSpans(blocks: ManualBlock[], out: TextSpan[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'figure':
        // The caption follows "![" in a chapter; an entry's figure points at its 文件 line.
        out.push({ text: b.caption, position: b.position, where: 'caption' });
        break;
      case 'entry':
        inlineSpans(b.heading.children, 'heading', undefined, out);
        for (const p of [...b.problem, ...b.measures, ...(b.accident ?? [])]) inlineSpans(p.children, 'body', undefined, out);
        for (const c of b.standards) out.push({ text: c.code, position: c.position, where: 'standard' });
        manualBlockSpans(b.figures, out);
        break;
      default:
        blockSpans([b], undefined, out);
    }
  }
}

export function manualSpans(manual: Manual): TextSpan[] {
  const out: TextSpan[] = [{ text: manual.title, position: manual.position, where: 'title' }];
  if (manual.preface) blockSpans(manual.preface, undefined, out);
  for (const ch of manual.chapters) {
    out.push({ text: ch.title, position: ch.position, where: 'heading' });
    manualBlockSpans(ch.blocks, out);
  }
  return out;
}

/** The printed text of whatever the context holds. */
export function spansOf(ctx: TextContext): TextSpan[] {
  return ctx.manual ? manualSpans(ctx.manual) : ctx.document ? textSpans(ctx.document) : [];
}
