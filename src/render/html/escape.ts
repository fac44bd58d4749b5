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
