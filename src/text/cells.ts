/**
 * Width of text in grid cells (one cell = one Chinese character). Used where a renderer
 * must place text by character counts without font metrics (DOCX indents, HTML).
 */
export function isWide(ch: string): boolean {
  const o = ch.codePointAt(0)!;
  return (
    (o >= 0x2e80 && o <= 0x9fff) ||
    (o >= 0xf900 && o <= 0xfaff) ||
    (o >= 0xff00 && o <= 0xff60) ||
    (o >= 0x3000 && o <= 0x303f) ||
    (o >= 0x2014 && o <= 0x201d) ||
    o === 0x2026 ||
    o === 0x00b7 ||
    (o >= 0xfe30 && o <= 0xfe4f) ||
    (o >= 0x20000 && o <= 0x2ffff)
  );
}

export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 1 : 0.5;
  return w;
}

/** Width of the widest line of a text that may hold line breaks. */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(cellWidth));
}

/** A table column's relative width from its texts: the widest line in characters, at least 2, at most 14 (long text wraps). */
export function columnWeight(texts: readonly string[]): number {
  return Math.min(Math.max(2, ...texts.map(textWidth)), 14);
}
