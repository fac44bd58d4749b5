/** 正文 blocks: headings print the model's ordinal before their text, in the heading's font. */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { Block, HeadingLevel } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import type { DocxMetrics } from './metrics.js';
import { inlineRuns, textRun } from './runs.js';
import { STYLE } from './styles.js';
import { tableBlock } from './table.js';

const HEADING_STYLE = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4 } as const;

/**
 * `before` (twips) is added to the first block, for the gap that opens an attachment's body.
 * `headingStyles`: another document kind's heading styles (a manual's are Word's headings 2–3).
 */
export interface BodyOptions {
  /** Space before the first block, in twips. */
  before?: number;
  headingStyles?: Record<HeadingLevel, string>;
  /** The 落款 follows: the last paragraph's last two lines go to its page with it, so the seal never stands on a page without text. */
  keepEndWithNext?: boolean;
}

export function bodyBlocks(blocks: readonly Block[], p: Profile, m: DocxMetrics, opts: BodyOptions = {}): (Paragraph | Table)[] {
  const { before = 0, headingStyles = HEADING_STYLE, keepEndWithNext = false } = opts;
  return blocks.flatMap((b, i) => {
    const first = i === 0 && before > 0;
    const spacing = first ? { spacing: { before } } : {};
    switch (b.type) {
      case 'heading': {
        const role = p.headings[b.level].role;
        return [new Paragraph({ style: headingStyles[b.level], ...spacing, children: [textRun(b.ordinal, role), ...inlineRuns(b.children, role)] })];
      }
      case 'paragraph': {
        const role = p.body.role;
        const ordinal = b.ordinal ? [textRun(b.ordinal, role)] : [];
        const keep = keepEndWithNext && i === blocks.length - 1 ? { keepNext: true, widowControl: true } : {};
        return [new Paragraph({ style: STYLE.body, ...spacing, ...keep, children: [...ordinal, ...inlineRuns(b.children, role)] })];
      }
      case 'table': {
        // A table has no space before; an empty paragraph as tall as the gap stands in for it.
        const gap = first ? [new Paragraph({ style: STYLE.body, spacing: { line: before, lineRule: LineRuleType.EXACT } })] : [];
        return [...gap, tableBlock(b, p, m)];
      }
    }
  });
}
