/** Reading a built DOCX back for assertions: its XML parts, styles resolved through basedOn, runs. */
import JSZip from 'jszip';

export interface DocxParts {
  /** Every XML part (and .rels) by path. */
  xml: Record<string, string>;
  zip: JSZip;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const xml: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) xml[name] = await zip.file(name)!.async('string');
  }
  return { xml, zip };
}

export function part(d: DocxParts, name: string): string {
  const x = d.xml[name];
  if (x === undefined) throw new Error(`DOCX 中没有 ${name}`);
  return x;
}

/** All elements `<tag ...>...</tag>` or `<tag .../>` (non-nesting tags only). */
export function elements(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return xml.match(re) ?? [];
}

export function first(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

export function attr(el: string | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(el);
  return m?.[1];
}

/** Value of `name` on the first `tag` inside `xml`. */
export function attrOf(xml: string | undefined, tag: string, name: string): string | undefined {
  return xml === undefined ? undefined : attr(first(xml, tag), name);
}

export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  xml: string;
}

export function styles(d: DocxParts): StyleInfo[] {
  return elements(part(d, 'word/styles.xml'), 'w:style').map((xml) => {
    const basedOn = attrOf(xml, 'w:basedOn', 'w:val');
    return { id: attr(xml, 'w:styleId')!, name: attrOf(xml, 'w:name', 'w:val')!, ...(basedOn ? { basedOn } : {}), xml };
  });
}

export function styleNamed(d: DocxParts, name: string): StyleInfo {
  const s = styles(d).find((x) => x.name === name);
  if (!s) throw new Error(`没有名为 ${name} 的样式`);
  return s;
}

/** First element at a space-separated tag path, e.g. "w:rPr w:spacing". */
export function at(xml: string | undefined, path: string): string | undefined {
  return path.split(' ').reduce<string | undefined>((x, tag) => (x === undefined ? undefined : first(x, tag)), xml);
}

/** An attribute as the style resolves it: its own value, else its basedOn chain's. */
export function resolved(d: DocxParts, name: string, path: string, attribute: string): string | undefined {
  const all = styles(d);
  for (let s = all.find((x) => x.name === name); s; s = all.find((x) => x.id === s!.basedOn)) {
    const v = attr(at(s.xml, path), attribute);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Body paragraphs (top level and in table cells) with the style id they name. */
export function paragraphs(xml: string): { style: string | undefined; xml: string; text: string }[] {
  return elements(xml, 'w:p').map((p) => ({ style: attrOf(p, 'w:pStyle', 'w:val'), xml: p, text: textOf(p) }));
}

export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
