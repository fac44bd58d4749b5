/** Text → HTML text or attribute value. Every piece of content goes through here: nothing from the model is emitted raw. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Not needed inside quoted attributes or text, but keeps "onerror=" and backtick tricks out of the file entirely.
  '=': '&#61;',
  '`': '&#96;',
};

export function escapeHtml(value: string | number): string {
  // String() also covers numbers from the model that arrive as strings at runtime.
  return String(value).replace(/[&<>"'=`]/g, (ch) => ENTITIES[ch]!);
}

/**
 * Text → a quoted CSS string (a running header's `content`). Quotes and backslashes are escaped,
 * and so are line breaks and angle brackets, so no text can close the <style> element.
 */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[\n\r\f<>]/g, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `)}"`;
}
