/** 正文 blocks: headings print the model's ordinal before their text, in the heading's font. */
import { Paragraph } from 'docx';
import type { Block } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { inlineRuns, textRun } from './runs.js';
import { STYLE } from './styles.js';

const HEADING_STYLE = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4 } as const;

/** `before` (twips) is added to the first block, for the gap that opens an attachment's body. */
export function bodyBlocks(blocks: readonly Block[], p: Profile, before = 0): Paragraph[] {
  return blocks.map((b, i) => {
    const spacing = i === 0 && before > 0 ? { spacing: { before } } : {};
    switch (b.type) {
      case 'heading': {
        const role = p.headings[b.level].role;
        return new Paragraph({ style: HEADING_STYLE[b.level], ...spacing, children: [textRun(b.ordinal, role), ...inlineRuns(b.children, role)] });
      }
      case 'paragraph': {
        const role = p.body.role;
        const ordinal = b.ordinal ? [textRun(b.ordinal, role)] : [];
        return new Paragraph({ style: STYLE.body, ...spacing, children: [...ordinal, ...inlineRuns(b.children, role)] });
      }
    }
  });
}
