/**
 * A 图鉴 entry: its heading, then each part under its bracketed label — 问题描述 with the
 * figures, 规范标准 (one paragraph a citation), 对策措施, and 事故案例 when it has one.
 */
import type { Entry } from '../../../ir/manual.js';
import { citationText } from '../../citation-text.js';
import type { Paragraph, SourcePosition } from '../../../ir/types.js';
import { addBlocks, addParagraph, bodyGlyphs } from '../compose-blocks.js';
import type { Flow } from '../flow.js';
import { addFigure } from './compose-figure.js';
import type { ManualContext } from './context.js';

const paragraphOf = (text: string, position: SourcePosition): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', text, position }], position });

export function addEntry(ctx: ManualContext, flow: Flow, entry: Entry): void {
  const { profile: p, style } = ctx;
  const { labelRole, labels, brackets } = style.entry;
  const label = (text: string) => {
    // A label keeps the first line of its part with it.
    flow.keep(2);
    addParagraph(ctx, flow, bodyGlyphs(ctx, [{ type: 'text', text: brackets[0] + text + brackets[1], position: entry.position }], labelRole), p.body.firstLineIndentChars);
  };
  addBlocks(ctx, flow, [entry.heading]);
  label(labels.problem);
  addBlocks(ctx, flow, entry.problem);
  for (const f of entry.figures) addFigure(ctx, flow, f);
  label(labels.standards);
  addBlocks(ctx, flow, entry.standards.map((c) => paragraphOf(citationText(c), c.position)));
  label(labels.measures);
  addBlocks(ctx, flow, entry.measures);
  if (entry.accident) {
    label(labels.accident);
    addBlocks(ctx, flow, entry.accident);
  }
}
