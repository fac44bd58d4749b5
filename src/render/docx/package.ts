/**
 * Makes the packed DOCX deterministic and swaps in our styles: the docx library stamps
 * core.xml with the current time and zips with the current time as every entry's date.
 */
import JSZip from 'jszip';

export interface PackageFixes {
  /** Replaces word/styles.xml. */
  styles: string;
  /** Used for core.xml created/modified and for every zip entry. */
  date: Date;
  /** Rewrites of other XML parts by name, e.g. renumbering ids the docx library draws from a process-wide counter. */
  rewrite?: Record<string, (xml: string) => string>;
}

/** [Content_Types].xml first (some readers sniff it there), then a fixed alphabetical order. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export async function normalizePackage(bytes: Uint8Array, fixes: PackageFixes): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const iso = fixes.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir).sort(entryOrder);
  for (const name of names) {
    let data = await src.file(name)!.async('uint8array');
    if (name === 'word/styles.xml') data = new TextEncoder().encode(fixes.styles);
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${iso}${close}`,
      );
      data = new TextEncoder().encode(xml);
    }
    const rewrite = fixes.rewrite?.[name];
    if (rewrite) data = new TextEncoder().encode(rewrite(new TextDecoder().decode(data)));
    out.file(name, data, { date: fixes.date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
