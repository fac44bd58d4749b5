/** 信函格式 in HTML: structure, escaping, and print CSS computed from profile.letter. */
import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../src/ir/types.js';
import { profile, type Profile } from '../src/layout/gbt9704.js';
import { buildHtml } from '../src/render/html/build.js';
import { text, elements, byClass, cssOf, withoutStyle } from './support/html-text.js';
import { sampleDocument } from './support/sample-document.js';
import { sampleLetter } from './support/sample-letter.js';


/** Tag names in document order outside <style>, with nesting checked. */
function tagNames(html: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const [, close, name] of withoutStyle(html).matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g)) {
    if (close) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
      continue;
    }
    out.push(name!);
    if (!['meta', 'br', 'hr'].includes(name!)) stack.push(name!);
  }
  expect(stack).toEqual([]);
  return out;
}

describe('buildHtml: 信函 structure', () => {
  const html = buildHtml(sampleLetter());
  const header = elements(html, 'header')[0]!;
  const footer = elements(html, 'footer')[0]!;

  it('marks the document gw-letter; 文件格式 is not', () => {
    expect(html).toContain('<body class="gw-letter">');
    expect(buildHtml(sampleDocument())).toContain('<body>\n');
    expect(withoutStyle(buildHtml(sampleDocument()))).not.toContain('gw-letter');
  });

  it('is well nested: header, main, footer', () => {
    expect(tagNames(html).filter((n) => ['header', 'main', 'section', 'footer'].includes(n))).toEqual(['header', 'main', 'footer']);
  });

  it('版头: the mark without 文件, the upper double lines, then labels left and 文号 right on one row', () => {
    expect(text(byClass(header, 'gw-mark'))).toBe('常州市应急管理局');
    expect(header).not.toContain('gw-mark-suffix');
    expect(header).not.toContain('文件');
    const order = ['gw-mark', 'gw-double-rule', 'gw-letter-line'].map((c) => header.indexOf(`class="${c}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(header).toContain('<hr class="gw-double-rule">');
    // The row closes the header.
    const row = header.slice(header.indexOf('<div class="gw-letter-line">'));
    expect(elements(row, 'p').map(text)).toEqual(['000012', '加急', '常应急函〔2022〕89号']);
    // The 文号 follows the labels' column, so flex puts it on their first line at the right.
    expect(row.indexOf('gw-doc-number')).toBeGreaterThan(row.indexOf('gw-labels'));
    expect(header).not.toContain('gw-rule"');
    expect(header).not.toContain('gw-doc-line');
  });

  it('a joint letter shows only the 主办机关 mark', () => {
    const doc = sampleLetter();
    doc.head.mark.issuers = [...doc.head.mark.issuers, { name: '常州市财政局', position: doc.position }];
    const h = buildHtml(doc);
    expect(text(byClass(h, 'gw-mark'))).toBe('常州市应急管理局');
    expect(withoutStyle(h)).not.toContain('常州市财政局');
    expect(withoutStyle(h)).not.toContain('gw-mark-joint');
  });

  it('the title and body follow in main, as in 文件格式', () => {
    const main = elements(html, 'main')[0]!;
    expect(text(elements(main, 'h1')[0]!)).toBe('关于2022年第三季度冶金等工贸行业\n安全生产执法检查情况的通报');
    expect(text(byClass(main, 'gw-recipients'))).toBe('各辖市（区）应急管理局，常州经开区安监局：');
  });

  it('版记: 抄送 only, without rules or 印发 line', () => {
    expect(html).toContain('<footer class="gw-colophon gw-colophon-letter">');
    expect(elements(footer, 'p').map(text)).toEqual(['抄送：江苏省应急管理厅，常州市安委办。']);
    expect(footer).not.toContain('gw-print-line');
    expect(cssOf(html)).toContain('.gw-colophon-letter { border-top: 0; border-bottom: 0; }');
  });

  it('an empty 抄送 list prints no 版记', () => {
    const doc = sampleLetter();
    doc.colophon = { kind: 'letter', copyTo: [], position: doc.position };
    expect(withoutStyle(buildHtml(doc))).not.toContain('<footer');
  });
});

describe('buildHtml: 信函 CSS from profile.letter', () => {
  const css = cssOf(buildHtml(sampleLetter()));
  const l = profile.letter;
  const r = l.doubleRule;

  it('page 1 starts at the mark top: @page :first margin-top is markTopMm', () => {
    expect(css).toMatch(new RegExp(`@page :first \\{\\s*margin-top: ${l.markTopMm}mm;`));
    expect(css).toContain('@page :first {\n  margin-top: 30mm;');
    expect(css).toContain('.gw-letter .gw-head { padding-top: 0; }');
  });

  it('upper double line: thick over thin, gapMm apart, 170 mm centred on the page, 4 mm under the mark', () => {
    // Printed whole by page 1's top margin box, pulled down below the mark (line-height 1): 42 pt + 4 mm + 1 mm + 2.25 pt.
    const first = /@page :first \{[\s\S]*?\n\}/.exec(css)![0];
    expect(first).toContain(
      `@top-center { content: ""; border: 0; border-top: ${r.thickPt}pt solid #FF0000; border-bottom: ${r.thinPt}pt solid #FF0000; height: ${r.gapMm}mm; width: ${r.lengthMm}mm; margin: auto 0 -58.423pt -2mm; }`,
    );
    // In the flow only its part within the 版心, as Chromium prints nothing outside it; whole on screen.
    expect(css).toContain('.gw-double-rule { border: 0; border-top: 1.5pt solid #FF0000; border-bottom: 0.75pt solid #FF0000; height: 1mm; width: 156mm; margin: 4mm 0 0 0mm; }');
    expect(css).toMatch(/@media screen \{\n[^\n]*\n[^\n]*\n  \.gw-double-rule \{ width: 170mm; margin-left: -8mm; \}/);
  });

  it('lower double line on page 1 only: thin over thick, its bottom 20 mm above the paper bottom, centred on the page', () => {
    const first = /@page :first \{[\s\S]*?\n\}/.exec(css)![0];
    expect(first).toContain(
      `@bottom-center { content: ""; border: 0; border-top: ${r.thinPt}pt solid #FF0000; border-bottom: ${r.thickPt}pt solid #FF0000; height: ${r.gapMm}mm; width: ${r.lengthMm}mm; margin: auto 0 ${l.lowerRuleFromPaperBottomMm}mm -2mm; }`,
    );
    expect(first).toContain('@bottom-right { content: none; }');
  });

  it('the row sits ⅞ of a 3号 line under the lines; the title titleGapLines below it', () => {
    expect(css).toMatch(/\.gw-letter-line \{ display: flex; [^}]*margin-top: calc\(14pt - 6\.495pt\); \}/);
    expect(css).toContain('.gw-letter-line .gw-doc-number { margin-left: auto;');
    expect(css).toContain('.gw-letter main > .gw-title { margin-top: 57.981pt; }');
  });

  it('on screen the head is raised to markTopMm from the sheet top', () => {
    expect(css).toMatch(/@media screen \{\n[^\n]*\n  \.gw-letter \.gw-head \{ margin-top: -7mm; \}/);
  });

  it('follows a changed profile instead of fixed numbers', () => {
    const p = structuredClone(profile) as unknown as { letter: { markTopMm: number; ruleGapBelowMarkMm: number; lowerRuleFromPaperBottomMm: number; headGapEm: number; doubleRule: { lengthMm: number; thickPt: number; thinPt: number; gapMm: number } } };
    p.letter.markTopMm = 28;
    p.letter.ruleGapBelowMarkMm = 5;
    p.letter.lowerRuleFromPaperBottomMm = 22;
    p.letter.headGapEm = 1;
    p.letter.doubleRule = { lengthMm: 166, thickPt: 2, thinPt: 0.5, gapMm: 1.2 };
    const custom = cssOf(buildHtml(sampleLetter(), { profile: p as unknown as Profile }));
    expect(custom).toContain('margin-top: 28mm;');
    expect(custom).toContain('@top-center { content: ""; border: 0; border-top: 2pt solid #FF0000; border-bottom: 0.5pt solid #FF0000; height: 1.2mm; width: 166mm; margin: auto 0 -62.075pt -2mm; }');
    expect(custom).toContain('.gw-double-rule { border: 0; border-top: 2pt solid #FF0000; border-bottom: 0.5pt solid #FF0000; height: 1.2mm; width: 156mm; margin: 5mm 0 0 0mm; }');
    expect(custom).toContain('.gw-double-rule { width: 166mm; margin-left: -6mm; }');
    expect(custom).toContain('border-top: 0.5pt solid #FF0000; border-bottom: 2pt solid #FF0000; height: 1.2mm; width: 166mm; margin: auto 0 22mm -2mm; }');
    expect(custom).toContain('margin-top: calc(16pt - 6.495pt)');
    expect(custom).toContain('.gw-letter .gw-head { margin-top: -9mm; }');
  });

  it('文件格式 CSS has none of the letter rules', () => {
    const file = cssOf(buildHtml(sampleDocument()));
    expect(file).not.toContain('@page :first');
    expect(file).not.toContain('gw-double-rule');
    expect(file).not.toContain('gw-letter');
  });
});

describe('buildHtml: 信函 escaping', () => {
  const evil = `<script>alert(1)</script><img src=x onerror=alert(1)>"q"'a'&amp;\`t\``;
  const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;&quot;q&quot;&#39;a&#39;&amp;amp;&#96;t&#96;';
  const doc: OfficialDocument = sampleLetter();
  doc.head.copyNumber = evil;
  doc.head.urgency = evil;
  doc.head.mark = { issuers: [{ name: evil, position: doc.position }], suffix: '', position: doc.position };
  doc.head.docNumber = { text: evil, position: doc.position };
  doc.colophon = { kind: 'letter', copyTo: [evil, evil], position: doc.position };
  const html = buildHtml(doc);

  it('emits no tag, handler or quote from content', () => {
    expect(html).not.toMatch(/<script|<img|\son\w+=|`/i);
    expect(withoutStyle(html)).not.toContain('"q"');
  });

  it('keeps the text readable and the structure intact', () => {
    tagNames(html);
    const header = elements(html, 'header')[0]!;
    expect(byClass(header, 'gw-mark-name')).toBe(escaped);
    expect(byClass(header, 'gw-doc-number')).toBe(escaped);
    expect(elements(byClass(header, 'gw-labels'), 'p')).toEqual([escaped, escaped]);
    expect(text(byClass(elements(html, 'footer')[0]!, 'gw-copy-to-list'))).toBe(`${evil}，${evil}。`);
  });
});
