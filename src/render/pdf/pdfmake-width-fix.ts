/**
 * The one correction gongwen makes to pdfmake 0.3. pdfmake measures characterSpacing as
 * (n − 1) per text piece, while pdfkit draws it after every glyph, so a line set with
 * negative spacing on the 28-cell grid would be placed 0.21 pt per piece off. Measuring n
 * spacings — what pdfkit draws — makes every inline land exactly where the grid puts it.
 */
import { createRequire } from 'node:module';

interface MeasuredInline {
  font: { widthOfString(text: string, size: number, features?: unknown): number };
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing?: number;
}

const require = createRequire(import.meta.url);
let patched = false;

export function patchPdfmakeWidth(): void {
  if (patched) return;
  const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: { prototype: Record<string, unknown> } }).default;
  TextInlines.prototype.widthOfText = function widthOfText(text: string, inline: MeasuredInline): number {
    return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * [...text].length;
  };
  patched = true;
}
