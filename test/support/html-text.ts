/** Reading the HTML renderer's output in tests: visible text, elements by tag or class, the stylesheet. */
export const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** Visible text of an HTML fragment (tags dropped, <br> as a line break). */
export const text = (s: string): string => decode(s.replace(/<br>/g, '\n').replace(/<[^>]*>/g, ''));

/** Inner HTML of every element with this tag (no nesting of the same tag in our output). */
export function elements(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}

/** Inner HTML of the first element carrying this class. */
export function byClass(html: string, cls: string): string {
  const m = new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!m) throw new Error(`no element with class ${cls}`);
  return m[2]!;
}

export const cssOf = (html: string): string => elements(html, 'style')[0] ?? '';
export const withoutStyle = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '');
