/** The titles that open a page: 第一章　…, 前　言, 目　录 — centred, a grid line a line, blank lines under them. */
import type { SourcePosition } from '../../../ir/types.js';
import { centredLines } from '../compose-document.js';
import type { Flow } from '../flow.js';
import { bookmarked, type Bookmark } from './bookmark.js';
import type { ManualContext } from './context.js';

/** Sets `text` as a chapter title on a new page, bookmarked as `mark`; returns its page. */
export function addPageTitle(ctx: ManualContext, flow: Flow, text: string, position: SourcePosition, mark: Bookmark): number {
  const { role, size, linesAfter } = ctx.style.chapterTitle;
  flow.newPage();
  const page = bookmarked(flow, mark, () => {
    for (const node of centredLines(ctx, text, { role, size, color: ctx.profile.colors.black, grid: false }, position)) flow.add(node);
  });
  flow.blank(linesAfter);
  return page;
}
