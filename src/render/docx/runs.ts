/**
 * Text runs. Every run names its fonts directly (Latin in Times New Roman, Chinese in the
 * role's official font) and carries w:hint="eastAsia", so the ambiguous-width punctuation
 * “ ” — …… · is set in the Chinese font rather than in Times New Roman.
 */
import { TextRun, type IRunOptions } from 'docx';
import type { FontRole, Inline } from '../../ir/types.js';
import { docxFontNames, latinFontName } from '../../layout/gbt9704.js';

export function runFonts(role: FontRole, latin: string = latinFontName) {
  return { ascii: latin, hAnsi: latin, eastAsia: docxFontNames[role], cs: latin, hint: 'eastAsia' };
}

type RunExtras = Omit<IRunOptions, 'text' | 'font' | 'children'>;

export function textRun(text: string, role: FontRole, extra: RunExtras = {}): TextRun {
  return new TextRun({ ...extra, text, font: runFonts(role) });
}

/** Inline runs of a block; a run with its own role (emphasis) uses that role's font. */
export function inlineRuns(children: readonly Inline[], role: FontRole): TextRun[] {
  return children.map((c) => textRun(c.text, c.role ?? role));
}
