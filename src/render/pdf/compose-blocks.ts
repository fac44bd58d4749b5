/** 正文 blocks (headings, paragraphs and tables) → grid lines in the flow. */
import type { Block, FontRole, Inline, SourcePosition } from '../../ir/types.js';
import { breakLines, type PlacedGlyph } from './break-lines.js';
import { composeTable } from './compose-table.js';
import type { PdfContext } from './context.js';
import type { Flow } from './flow.js';
import { lineNode } from './line-node.js';
import { shapeRuns, shapeText } from './shape-text.js';

export function bodyGlyphs(ctx: PdfContext, runs: Inline[], role: FontRole, ordinal?: { text: string; position: SourcePosition }): PlacedGlyph[] {
  const style = { role, size: ctx.profile.body.size, color: ctx.profile.colors.black, grid: true };
  const lead = ordinal ? shapeText(ctx, ordinal.text, style, ordinal.position) : [];
  return [...lead, ...shapeRuns(ctx, runs, style)];
}

/** A justified paragraph on the grid: `firstIndent`/`restIndent` in cells. */
export function addParagraph(ctx: PdfContext, flow: Flow, glyphs: PlacedGlyph[], firstIndent: number, restIndent = 0): void {
  const cell = ctx.grid.cell;
  const lines = breakLines(glyphs, { width: ctx.grid.blockWidth, firstIndent: firstIndent * cell, restIndent: restIndent * cell, noOrphan: true });
  for (const line of lines) flow.add(lineNode(ctx, line, { justify: true }));
}

export function addBlocks(ctx: PdfContext, flow: Flow, blocks: Block[]): void {
  const indent = ctx.profile.body.firstLineIndentChars;
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        addParagraph(ctx, flow, bodyGlyphs(ctx, b.children, ctx.profile.headings[b.level].role, { text: b.ordinal, position: b.position }), indent);
        break;
      case 'paragraph':
        addParagraph(ctx, flow, bodyGlyphs(ctx, b.children, ctx.profile.body.role, b.ordinal ? { text: b.ordinal, position: b.position } : undefined), indent);
        break;
      case 'table':
        composeTable(ctx, flow, b);
        break;
    }
  }
}
