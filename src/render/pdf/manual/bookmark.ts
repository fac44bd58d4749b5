/** PDF outline entries, carried by the first line of the heading they point at (pdfmake's outline support). */
import type { Heading } from '../../../ir/types.js';
import type { Flow } from '../flow.js';

export interface Bookmark {
  /** Unique in the document: the chapter id, a section anchor, or a front part's name. */
  id: string;
  text: string;
  /** The id of the entry it is nested under; absent at the top level. */
  parent?: string;
}

/** A heading as printed: its ordinal and its text. */
export const headingText = (h: Heading): string => h.ordinal + h.children.map((c) => c.text).join('');

/**
 * Runs `compose`, which adds a heading to the flow, and makes the heading's first line the
 * outline entry `mark`. Returns the page that line lands on.
 */
export function bookmarked(flow: Flow, mark: Bookmark, compose: () => void): number {
  const page = flow.nextLinePage;
  const first = flow.nodes.length;
  compose();
  Object.assign(flow.nodes[first]!, { id: mark.id, outline: true, outlineText: mark.text, ...(mark.parent ? { outlineParentId: mark.parent } : {}) });
  return page;
}
