/** The 发文机关标志's size, shared by the three renderers so the mark is the same everywhere. */
import type { DocumentHead } from '../ir/types.js';
import { cellWidth } from '../text/cells.js';
import { gridMetrics, type Profile } from './gbt9704.js';

/** The largest size (half-point steps, DOCX's unit; at most markMaxSize) at which the longest issuer plus the suffix fits the 版心 width. */
export function markFontSize(mark: DocumentHead['mark'], p: Profile): number {
  const cells = Math.max(1, ...mark.issuers.map((i) => cellWidth(i.name))) + cellWidth(mark.suffix);
  return Math.min(p.head.markMaxSize, Math.floor((gridMetrics(p).blockWidth / cells) * 2) / 2);
}
