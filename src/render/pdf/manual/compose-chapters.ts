/**
 * The chapters in a flow of their own, counted from page 1 as they are numbered, so the
 * 目录 can be set afterwards with every target's page known.
 */
import { chapterSections, type Chapter, type ManualBlock } from '../../../ir/manual.js';
import type { Heading } from '../../../ir/types.js';
import { addBlocks } from '../compose-blocks.js';
import { Flow } from '../flow.js';
import { bookmarked, headingText } from './bookmark.js';
import { addEntry } from './compose-entry.js';
import { addFigure } from './compose-figure.js';
import { addPageTitle } from './compose-title.js';
import type { ManualContext } from './context.js';

export interface ComposedChapters {
  flow: Flow;
  /** Displayed page of each chapter id and section anchor. */
  pages: Map<string, number>;
}

function addBlock(ctx: ManualContext, flow: Flow, b: ManualBlock): void {
  if (b.type === 'figure') addFigure(ctx, flow, b);
  else if (b.type === 'entry') addEntry(ctx, flow, b);
  else addBlocks(ctx, flow, [b]);
}

export function composeChapters(ctx: ManualContext, chapters: Chapter[]): ComposedChapters {
  const flow = new Flow(ctx);
  const pages = new Map<string, number>();
  for (const ch of chapters) {
    const title = `${ch.ordinal}\u3000${ch.title}`;
    pages.set(ch.id, addPageTitle(ctx, flow, title, ch.position, { id: ch.id, text: title }));
    const anchors = new Map<Heading, string>(chapterSections(ch).map((s) => [s.heading, s.anchor]));
    for (const b of ch.blocks) {
      // A heading keeps its next line with it; an entry's heading also its first label.
      if (b.type === 'heading') flow.keep(2);
      if (b.type === 'entry') flow.keep(3);
      const heading = b.type === 'entry' ? b.heading : b.type === 'heading' ? b : undefined;
      const anchor = heading && anchors.get(heading);
      if (heading && anchor) pages.set(anchor, bookmarked(flow, { id: anchor, text: headingText(heading), parent: ch.id }, () => addBlock(ctx, flow, b)));
      else addBlock(ctx, flow, b);
    }
  }
  return { flow, pages };
}
