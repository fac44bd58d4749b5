import type { ReviewItem } from './review.js';
import type { FolderContents } from './write-new-folder.js';

/** Lines still holding the “××” placeholders of a blank document. */
export function fillInReview(contents: FolderContents): ReviewItem[] {
  const out: ReviewItem[] = [];
  for (const [file, data] of contents) {
    if (typeof data !== 'string') continue;
    data.split('\n').forEach((line, i) => {
      const text = line.replace(/\s+#.*$/, '').trim();
      if (text.includes('××') && !text.startsWith('#')) out.push({ kind: 'fill-in', file, line: i + 1, text });
    });
  }
  return out;
}
