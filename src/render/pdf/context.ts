/** What every part of the PDF composer shares: fonts, the grid, and the diagnostics it collects. */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { gridMetrics, profile as defaultProfile, type Orientation, type Profile } from '../../layout/gbt9704.js';
import type { FontSet } from '../../layout/fonts.js';
import { FontMetrics } from './font-metrics.js';

/** pdfmake has no grid snapping: every line is given this height, a hair under the exact pitch so 22 fit. */
const HAIR = 0.001;

export interface PdfContext {
  profile: Profile;
  grid: ReturnType<typeof gridMetrics>;
  /** Height given to every line, pt. */
  pitch: number;
  metrics: FontMetrics;
  diagnostics: Diagnostic[];
}

export function createContext(fonts: FontSet, profile: Profile = defaultProfile): PdfContext {
  const grid = gridMetrics(profile);
  return { profile, grid, pitch: grid.linePitch - HAIR, metrics: new FontMetrics(fonts), diagnostics: [] };
}

/** The context for pages of `orientation`: their own 版心, the same fonts, pitch and diagnostics. */
export function oriented(ctx: PdfContext, orientation: Orientation): PdfContext {
  return ctx.grid.orientation === orientation ? ctx : { ...ctx, grid: gridMetrics(ctx.profile, orientation) };
}
