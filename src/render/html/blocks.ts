/** 正文 blocks: headings become <h2>–<h5> (level 1–4), paragraphs <p>, each with its ordinal as printed; tables <table>. */
import type { Block, HeadingLevel, Inline } from '../../ir/types.js';
import { cssFontStacks } from '../../layout/gbt9704.js';
import { escapeHtml } from './escape.js';
import { renderTable } from './table.js';

/** <h1> is the document (or attachment) title, so heading level 1 starts at <h2>. */
export const HEADING_TAGS: Record<HeadingLevel, string> = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' };

export function renderInlines(runs: Inline[]): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      // The role becomes a class name, so only the known roles may pass.
      return r.role && Object.hasOwn(cssFontStacks, r.role) ? `<span class="gw-f-${r.role}">${text}</span>` : text;
    })
    .join('');
}

function ordinal(text: string | undefined): string {
  return text ? `<span class="gw-ordinal">${escapeHtml(text)}</span>` : '';
}

export function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const tag = HEADING_TAGS[block.level];
      if (!tag) throw new Error(`HTML：标题级别 ${String(block.level)} 无效，应为 1–4`);
      return `<${tag}>${ordinal(block.ordinal)}${renderInlines(block.children)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${ordinal(block.ordinal)}${renderInlines(block.children)}</p>`;
    case 'table':
      return renderTable(block);
    default: {
      const never: never = block;
      throw new Error(`HTML：未知的块类型 ${(never as { type: string }).type}`);
    }
  }
}

export function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join('\n');
}
