import { describe, expect, it } from 'vitest';
import type { FontRole, OfficialDocument } from '../src/ir/types.js';
import { cssFontStacks, gridMetrics, MM, profile, type Profile } from '../src/layout/gbt9704.js';
import { buildHtml } from '../src/render/html/build.js';
import { text, elements, byClass, cssOf, withoutStyle } from './support/html-text.js';
import { sampleDocument } from './support/sample-document.js';


const VOID = new Set(['meta', 'br', 'hr']);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'name', 'content', 'class', 'id', 'aria-labelledby', 'datetime']);

/** Every tag outside <style>: name and attribute names, with nesting checked. */
function tags(html: string): { name: string; attrs: string[] }[] {
  const out: { name: string; attrs: string[] }[] = [];
  const stack: string[] = [];
  for (const m of withoutStyle(html).matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g)) {
    const [, close, name, attrs] = m;
    if (close) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
      continue;
    }
    out.push({ name: name!, attrs: [...attrs!.matchAll(/\s+([\w-]+)(?:="[^"]*")?/g)].map((a) => a[1]!) });
    if (!VOID.has(name!)) stack.push(name!);
  }
  expect(stack).toEqual([]);
  return out;
}

describe('buildHtml: document shell', () => {
  const html = buildHtml(sampleDocument());

  it('is a self-contained zh-CN page with title and author', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(elements(html, 'title')).toEqual(['关于下发《2021年太仓市冶金等工贸行业安全监管工作要点》的通知']);
    expect(html).toContain('<meta name="author" content="太仓市应急管理局">');
    expect(elements(html, 'style')).toHaveLength(1);
  });

  it('loads nothing and runs nothing', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|javascript:/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`);
  });

  it('is well nested and uses only plain attributes', () => {
    const all = tags(html);
    expect(all.length).toBeGreaterThan(40);
    for (const t of all) for (const a of t.attrs) expect(ALLOWED_ATTRS, `<${t.name} ${a}>`).toContain(a);
  });

  it('orders header, main (with a section per attachment) and footer', () => {
    const order = tags(html)
      .map((t) => t.name)
      .filter((n) => ['header', 'main', 'section', 'footer'].includes(n));
    expect(order).toEqual(['header', 'main', 'section', 'section', 'footer']);
    const main = elements(html, 'main')[0]!;
    expect(elements(main, 'section')).toHaveLength(2);
    expect(main).not.toContain('<footer');
  });

  it('is deterministic', () => {
    expect(buildHtml(sampleDocument())).toBe(html);
    expect(buildHtml(sampleDocument(), { profile })).toBe(html);
  });
});

describe('buildHtml: every element of the sample', () => {
  const doc = sampleDocument();
  const html = buildHtml(doc);
  const header = elements(html, 'header')[0]!;
  const main = elements(html, 'main')[0]!;
  const mainText = main.replace(/<section[\s\S]*<\/section>/, '');
  const footer = elements(html, 'footer')[0]!;

  it('版头: 份号, 密级★期限, 紧急程度 in order, red mark, 文号, rule', () => {
    expect(elements(byClass(header, 'gw-labels'), 'p').map(text)).toEqual(['000001', '秘密★1年', '特急']);
    expect(text(byClass(header, 'gw-mark-names'))).toBe('太仓市应急管理局');
    expect(text(byClass(header, 'gw-mark-suffix'))).toBe('文件');
    expect(text(byClass(header, 'gw-doc-number'))).toBe('太应急〔2021〕46号');
    expect(header).toContain('<hr class="gw-rule">');
  });

  it('title and 主送', () => {
    expect(text(elements(mainText, 'h1')[0]!)).toBe(doc.title.join('\n'));
    expect(elements(mainText, 'h1')).toHaveLength(1);
    expect(text(byClass(mainText, 'gw-recipients'))).toBe(doc.recipients);
  });

  it('headings map level 1–4 to h2–h5 with their ordinals', () => {
    expect(elements(mainText, 'h2').map(text)).toEqual(['一、总体思路']);
    expect(elements(mainText, 'h3').map(text)).toEqual(['（一）巩固治理成效，持续推进专项整治']);
    expect(elements(mainText, 'h4').map(text)).toEqual(['1.三级标题']);
    expect(elements(mainText, 'h5').map(text)).toEqual(['（1）四级标题']);
    expect(elements(mainText, 'h2')[0]).toBe('<span class="gw-ordinal">一、</span>总体思路');
  });

  it('paragraphs keep ordinals and role runs', () => {
    // Body paragraphs are the only <p> without a class.
    const paras = [...mainText.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(paras.map(text)).toEqual([
      '现将《2021年太仓市冶金等工贸行业安全监管工作要点》印发给你们，请结合实际认真贯彻落实。',
      expect.stringMatching(/^认真贯彻落实.*持续稳定向好。$/),
      '1.巩固提升“一年小灶”专项整治成果，开展“回头看”，确保整改到位——每月3日前报送进展。',
      '强调黑体强调之后是 Word 与 12.5% 数字。',
    ]);
    expect(mainText).toContain('<span class="gw-f-heiti">黑体强调</span>');
  });

  it('附件说明: label once, numbered items, names in their own box', () => {
    const notes = byClass(mainText, 'gw-notes');
    expect(text(byClass(notes, 'gw-notes-label'))).toBe('附件：');
    expect(elements(notes, 'li').map(text)).toEqual(doc.attachmentNotes.map((n) => `${n.number}.${n.title}`));
    expect(elements(notes, 'li')[1]).toContain(`<span class="gw-notes-name">${doc.attachmentNotes[1]!.title}</span>`);
  });

  it('署名, 成文日期 (sealed layout) and 附注', () => {
    expect(mainText).toContain('<div class="gw-sign gw-sign-sealed">');
    expect(text(byClass(mainText, 'gw-sign-name'))).toBe('太仓市应急管理局');
    expect(byClass(mainText, 'gw-sign-date')).toBe('<time datetime="2021-03-30">2021年3月30日</time>');
    expect(text(byClass(mainText, 'gw-note'))).toBe('（此件公开发布）');
  });

  it('attachments: label, title lines and body', () => {
    const sections = elements(main, 'section');
    expect(sections.map((s) => text(byClass(s, 'gw-attachment-label')))).toEqual(['附件1', '附件2']);
    expect(sections.map((s) => text(elements(s, 'h1')[0]!))).toEqual(doc.attachments.map((a) => a.title.join('\n')));
    expect(elements(sections[0]!, 'h2').map(text)).toEqual(['一、总体思路']);
    expect(elements(sections[1]!, 'p').map(text)).toContain('附件正文。');
  });

  it('版记: 抄送, 印发机关 + 印发日期印发, 印数', () => {
    expect(elements(footer, 'p').map(text)).toEqual(['抄送：苏州市应急管理局，太仓市安委办。', '太仓市应急管理局2021年3月30日印发', '（共印15份）']);
    expect(text(byClass(footer, 'gw-printer'))).toBe('太仓市应急管理局');
    expect(text(byClass(footer, 'gw-print-date'))).toBe('2021年3月30日印发');
  });
});

describe('buildHtml: variants', () => {
  it('joint issuers are stacked beside one 文件, with 签发人 on the 文号 line', () => {
    const doc = sampleDocument();
    doc.head.mark.issuers = [
      { name: '太仓市应急管理局', position: doc.position },
      { name: '太仓市财政局', position: doc.position },
    ];
    doc.head.signers = ['张三', '李四', '王五'];
    const header = elements(buildHtml(doc), 'header')[0]!;
    expect(header).toContain('<div class="gw-mark gw-mark-joint"><div class="gw-mark-names"><span class="gw-mark-name">太仓市应急管理局</span><span class="gw-mark-name">太仓市财政局</span></div><span class="gw-mark-suffix">文件</span></div>');
    expect(header).toContain('gw-doc-line-signed');
    expect(text(byClass(header, 'gw-signers'))).toBe('签发人：张三李四王五');
  });

  it('the mark shrinks below 初号 only when it would overflow the 版心', () => {
    const size = (html: string) => /\.gw-mark \{[^}]*font-size: ([\d.]+)pt/.exec(cssOf(html))?.[1];
    expect(size(buildHtml(sampleDocument()))).toBe(String(profile.head.markMaxSize));
    const doc = sampleDocument();
    doc.head.mark.issuers[0]!.name = '中共太仓市委太仓市人民政府办公室安全生产委员会';
    const shrunk = Number(size(buildHtml(doc)));
    expect(shrunk).toBeLessThan(profile.head.markMaxSize);
    // 23 characters of name + 文件 = 25 cells must fit the 版心 width, with under 0.1 pt to spare per cell.
    expect(shrunk * 25).toBeLessThanOrEqual(gridMetrics().blockWidth);
    expect((shrunk + 0.1) * 25).toBeGreaterThan(gridMetrics().blockWidth);
  });

  it('one attachment is listed without a number; unsealed signature layout; no 版记', () => {
    const doc = sampleDocument();
    doc.attachmentNotes = doc.attachmentNotes.slice(0, 1);
    doc.signature.sealed = false;
    delete doc.colophon;
    const html = buildHtml(doc);
    expect(elements(byClass(html, 'gw-notes'), 'li')).toEqual(['<span class="gw-notes-name">2021年太仓市冶金等工贸行业安全监管工作要点</span>']);
    expect(withoutStyle(html)).not.toContain('gw-notes-no');
    expect(html).toContain('<div class="gw-sign gw-sign-unsealed">');
    expect(withoutStyle(html)).not.toContain('<footer');
  });
});

describe('buildHtml: print CSS from the profile', () => {
  const css = cssOf(buildHtml(sampleDocument()));
  const b = profile.block;
  const right = profile.page.widthMm - b.leftMm - b.widthMm;
  const bottom = profile.page.heightMm - b.topMm - b.heightMm;

  it('@page margins are the 版心 placement', () => {
    expect(css).toContain(`@page { size: A4; margin: ${b.topMm}mm ${right}mm ${bottom}mm ${b.leftMm}mm }`);
    // Literal too, so a typo in the profile is caught.
    expect(css).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm }');
  });

  it('body is 3号 on the 22-line grid of 28 cells with a 2-cell indent', () => {
    const pitch = Number(gridMetrics().linePitch.toFixed(3));
    expect(pitch).toBeCloseTo(225 / 22 * MM, 2);
    expect(css).toMatch(new RegExp(`body \\{[^}]*font-size: ${profile.body.size}pt; line-height: ${pitch}pt;`));
    expect(css).toContain('font-size: 16pt; line-height: 28.991pt;');
    const cell = gridMetrics().cell;
    expect(cell).toBeCloseTo(156 / 28 * MM, 3);
    // 2 cells = 31.586pt; −0.21pt letter spacing puts 28 characters in 156 mm.
    expect(css).toMatch(/main p, main h2, main h3, main h4, main h5 \{ text-indent: 31\.586pt; text-align: justify; letter-spacing: -0\.21pt; \}/);
    expect(28 * (profile.body.size - 0.21)).toBeLessThanOrEqual(156 * MM);
  });

  it('font stacks come from the profile, official fonts first', () => {
    expect(css).toContain(`body { margin: 0; color: ${profile.colors.black}; font-family: ${cssFontStacks.fangsong};`);
    expect(css).toContain(`main h2 { font-family: ${cssFontStacks.heiti}; }`);
    expect(css).toContain(`main h3 { font-family: ${cssFontStacks.kaiti}; }`);
    expect(css).toMatch(/main h1 \{ font-family: "方正小标宋简体"[^}]*font-size: 22pt;/);
    for (const role of Object.keys(cssFontStacks) as FontRole[]) expect(css).toContain(`.gw-f-${role} { font-family: ${cssFontStacks[role]}; }`);
  });

  it('red mark and rule, attachments on a new page, 版记 rules 0.35/0.25 mm', () => {
    expect(css).toMatch(new RegExp(`\\.gw-mark \\{[^}]*color: ${profile.colors.red};`));
    expect(css).toContain(`border-top: ${profile.head.ruleThicknessPt}pt solid ${profile.colors.red}`);
    expect(css).toContain('.gw-head { position: relative; padding-top: 35mm; }');
    expect(css).toContain('.gw-attachment, .gw-enclosure { break-before: page; }');
    expect(css).toMatch(/\.gw-colophon \{[^}]*border-top: 0\.35mm solid #000000; border-bottom: 0\.35mm solid #000000;[^}]*font-size: 14pt;/);
    expect(css).toContain('.gw-colophon p + p { border-top: 0.25mm solid #000000; }');
  });

  it('screen shows a centred A4-wide sheet', () => {
    expect(css).toMatch(/@media screen \{[\s\S]*body \{[^}]*width: 210mm;[^}]*margin: 24px auto; padding: 37mm 26mm 35mm 28mm;/);
  });

  it('follows a changed profile instead of fixed numbers', () => {
    const p = structuredClone(profile) as unknown as { block: { topMm: number; leftMm: number }; grid: { lines: number } };
    p.block.topMm = 38;
    p.block.leftMm = 27;
    p.grid.lines = 25;
    const custom = cssOf(buildHtml(sampleDocument(), { profile: p as unknown as Profile }));
    expect(custom).toContain('@page { size: A4; margin: 38mm 27mm 34mm 27mm }');
    expect(custom).toContain(`line-height: ${Number(((225 * MM) / 25).toFixed(3))}pt;`);
  });
});

describe('buildHtml: escaping', () => {
  const evil = `<script>alert(1)</script><img src=x onerror=alert(1)>"quotes"'apos'&amp;\`tick\``;
  const doc: OfficialDocument = sampleDocument();
  const at = doc.position;
  doc.head.copyNumber = evil;
  doc.head.secrecy = { level: evil, term: evil };
  doc.head.urgency = evil;
  doc.head.mark = { issuers: [{ name: evil, position: at }], suffix: evil, position: at };
  doc.head.docNumber = { text: evil, position: at };
  doc.head.signers = [evil];
  doc.title = [evil, evil];
  doc.recipients = evil;
  doc.body = [
    { type: 'heading', level: 1, ordinal: evil, children: [{ type: 'text', text: evil, position: at }], position: at },
    { type: 'paragraph', ordinal: evil, children: [{ type: 'text', text: evil, role: 'heiti" onclick="x' as FontRole, position: at }], position: at },
  ];
  doc.attachmentNotes = [{ number: 1, title: evil, position: at }, { number: '2"><script>' as unknown as number, title: evil, position: at }];
  doc.signature.names = [evil];
  doc.note = evil;
  doc.attachments = [{ number: '1" onload="x' as unknown as number, title: [evil], body: [], position: at }];
  doc.colophon = { copyTo: [evil], printer: evil, printDate: doc.signature.date, copies: '9<b>' as unknown as number, position: at };
  doc.meta = { name: evil, author: evil };
  const html = buildHtml(doc);

  it('emits no tag, handler or URL from content', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror=/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain('"quotes"');
    expect(html).not.toContain("'apos'");
    expect(html).not.toContain('`');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;&quot;quotes&quot;&#39;apos&#39;&amp;amp;&#96;tick&#96;');
  });

  it('keeps the structure intact and the text readable', () => {
    const all = tags(html);
    for (const t of all) for (const a of t.attrs) expect(ALLOWED_ATTRS, `<${t.name} ${a}>`).toContain(a);
    expect(all.filter((t) => t.name === 'h2')).toHaveLength(1);
    expect(text(elements(html, 'title')[0]!)).toBe(evil + evil);
    expect(text(byClass(html, 'gw-recipients'))).toBe(evil);
    expect(html).toContain(`<meta name="author" content="${evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/=/g, '&#61;').replace(/`/g, '&#96;')}">`);
    // An unknown role must not become a class name.
    expect(html).not.toContain('gw-f-heiti&quot;');
    expect(withoutStyle(html)).not.toContain('gw-f-heiti');
  });
});
