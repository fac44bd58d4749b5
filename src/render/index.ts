/** The renderers, one per output format, behind one signature. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficialDocument } from '../ir/types.js';
import type { FontSet } from '../layout/fonts.js';
import { buildDocx } from './docx/build.js';
import { buildHtml } from './html/build.js';
import { buildPdf } from './pdf/build.js';

export interface RenderEnv {
  fonts: FontSet;
}

export interface Rendered {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

export const renderers = {
  docx: async (doc: OfficialDocument): Promise<Rendered> => ({ bytes: await buildDocx(doc), diagnostics: [] }),
  pdf: (doc: OfficialDocument, env: RenderEnv): Promise<Rendered> => buildPdf(doc, env.fonts),
  html: async (doc: OfficialDocument): Promise<Rendered> => ({ bytes: new TextEncoder().encode(buildHtml(doc)), diagnostics: [] }),
} as const;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
