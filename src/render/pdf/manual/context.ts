/** The context of a manual's PDF composers: the 公文 composers' context on the manual's paper, and the manual's own style. */
import type { Paper } from '../../../ir/manual.js';
import type { FontSet } from '../../../layout/fonts.js';
import { manualProfile, type ManualStyle } from '../../../layout/manual-profile.js';
import { createContext, type PdfContext } from '../context.js';

export interface ManualContext extends PdfContext {
  style: ManualStyle;
}

export function createManualContext(fonts: FontSet, paper: Paper): ManualContext {
  const { base, style } = manualProfile(paper);
  return { ...createContext(fonts, base), style };
}
