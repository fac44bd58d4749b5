/**
 * HTML: 上行文 签发人 rows beside the 文号 and sealed 联合行文 署名 in rows of two. Markup is
 * checked as text, the stylesheet's numbers against the profile (and a changed profile).
 */
import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../src/ir/types.js';
import { gridMetrics, profile, type Profile } from '../src/layout/gbt9704.js';
import { buildHtml } from '../src/render/html/build.js';
import { sampleDocument } from './support/sample-document.js';

const cssOf = (html: string): string => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
/** The declarations of the rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const i = css.split('\n').find((l) => l.startsWith(`${selector} {`));
  if (!i) throw new Error(`no rule ${selector}`);
  return i.slice(selector.length + 2, i.lastIndexOf('}')).trim();
}
const num = (v: number) => String(Number(v.toFixed(3)));
const html = (edit: (d: OfficialDocument) => void, p?: Profile) => {
  const doc = sampleDocument();
  edit(doc);
  return buildHtml(doc, p ? { profile: p } : {});
};
const signBlock = (h: string) => /<div class="gw-sign [^"]*">[\s\S]*?<\/div><\/div>/.exec(h)?.[0] ?? '';

describe('上行文 签发人', () => {
  it('names in a two-column grid after "签发人：", the 文号 aligned with the last row', () => {
    const h = html((d) => {
      d.head.signers = ['张三', '李四', '王五'];
    });
    expect(h).toContain(
      '<div class="gw-doc-line gw-doc-line-signed"><p class="gw-doc-number">太应急〔2021〕46号</p><p class="gw-signers"><span class="gw-signers-label">签发人：</span><span class="gw-signers-names"><span>张三</span><span>李四</span><span>王五</span></span></p></div>',
    );
    const css = cssOf(h);
    expect(rule(css, '.gw-signers-names')).toContain(`grid-template-columns: repeat(${profile.head.signersPerRow}, auto); column-gap: 1em;`);
    expect(rule(css, '.gw-signers-names')).toContain('"楷体_GB2312"');
    expect(rule(css, '.gw-doc-line-signed')).toContain('align-items: flex-end');
    expect(rule(css, '.gw-doc-line-signed .gw-doc-number')).toBe(`padding-left: ${profile.head.signerIndentChars}em;`);
    expect(rule(css, '.gw-signers')).toContain(`padding-right: ${profile.head.signerIndentChars}em`);
  });

  it('the indent and names per row follow the profile', () => {
    const p = { ...profile, head: { ...profile.head, signerIndentChars: 2, signersPerRow: 3 } } as unknown as Profile;
    const css = cssOf(html((d) => (d.head.signers = ['张三', '李四', '王五']), p));
    expect(rule(css, '.gw-signers-names')).toContain('repeat(3, auto)');
    expect(rule(css, '.gw-doc-line-signed .gw-doc-number')).toBe('padding-left: 2em;');
    expect(rule(css, '.gw-signers')).toContain('padding-right: 2em');
  });

  it('escapes signer names', () => {
    const h = html((d) => (d.head.signers = ['<b>张三</b>', '"李四"']));
    expect(h).toContain('<span>&lt;b&gt;张三&lt;/b&gt;</span><span>&quot;李四&quot;</span>');
    expect(h).not.toContain('<b>');
  });
});

describe('联合行文 with seals', () => {
  const names = ['太仓市应急管理局', '太仓市财政局', '太仓市住建局'];

  it('rows of two then one, before the date', () => {
    const h = html((d) => (d.signature.names = names));
    expect(signBlock(h)).toBe(
      '<div class="gw-sign gw-sign-sealed gw-sign-joint"><div class="gw-sign-box">\n' +
        '<div class="gw-sign-row"><p class="gw-sign-name"><span>太仓市应急管理局</span></p><p class="gw-sign-name"><span>太仓市财政局</span></p></div>\n' +
        '<div class="gw-sign-row"><p class="gw-sign-name"><span>太仓市住建局</span></p></div>\n' +
        '<p class="gw-sign-date"><time datetime="2021-03-30">2021年3月30日</time></p>\n' +
        '</div></div>',
    );
  });

  it('columns jointColumnGapMm apart, the last over the date centre, rows jointRowGapLines apart', () => {
    const css = cssOf(html((d) => (d.signature.names = names)));
    const s = profile.signature.sealed;
    expect(rule(css, '.gw-sign-row')).toBe(
      `--gw-joint-step: ${s.jointColumnGapMm}mm; display: grid; grid-template-columns: repeat(${s.jointNamesPerRow}, 0); column-gap: var(--gw-joint-step); width: 0; margin-left: calc(50% - ${s.jointNamesPerRow - 1} * var(--gw-joint-step));`,
    );
    expect(rule(css, '.gw-sign-row > :only-child')).toBe(`grid-column: ${s.jointNamesPerRow};`);
    expect(rule(css, '.gw-sign-row + .gw-sign-row')).toBe(`margin-top: ${num(gridMetrics().linePitch * s.jointRowGapLines)}pt;`);
    // The date keeps its 4 字 right indent.
    expect(rule(css, '.gw-sign-sealed')).toContain(`padding-right: ${s.dateRightIndentChars}em`);
    expect(css).not.toContain('gw-sign-step-');
  });

  it('a changed profile changes the numbers', () => {
    const p = { ...profile, signature: { ...profile.signature, sealed: { ...profile.signature.sealed, jointColumnGapMm: 50, jointRowGapLines: 2 } } } as unknown as Profile;
    const css = cssOf(html((d) => (d.signature.names = names), p));
    expect(rule(css, '.gw-sign-row')).toContain('--gw-joint-step: 50mm;');
    expect(rule(css, '.gw-sign-row + .gw-sign-row')).toBe(`margin-top: ${num(gridMetrics().linePitch * 2)}pt;`);
  });

  it('names too wide for the step get a wider one: half their widths plus one 字', () => {
    const long = '太仓市发展和改革委员会办公室'; // 14 字
    const h = html((d) => (d.signature.names = ['甲局', '乙局', long, long]));
    // (14 + 14) / 2 + 1 = 15 cells = 60 quarters.
    expect(signBlock(h)).toContain('<div class="gw-sign-row"><p class="gw-sign-name"><span>甲局</span></p>');
    expect(signBlock(h)).toContain(`<div class="gw-sign-row gw-sign-step-60"><p class="gw-sign-name"><span>${long}</span></p>`);
    expect(rule(cssOf(h), '.gw-sign-step-60')).toBe(`--gw-joint-step: ${num(15 * gridMetrics().cell)}pt;`);
  });

  it('a single sealed name and unsealed joint names keep the stacked markup', () => {
    expect(signBlock(html(() => {}))).toBe(
      '<div class="gw-sign gw-sign-sealed"><div class="gw-sign-box">\n<p class="gw-sign-name"><span>太仓市应急管理局</span></p>\n<p class="gw-sign-date"><time datetime="2021-03-30">2021年3月30日</time></p>\n</div></div>',
    );
    const unsealed = signBlock(html((d) => ((d.signature.names = names), (d.signature.sealed = false))));
    expect(unsealed).toContain('<div class="gw-sign gw-sign-unsealed">');
    expect(unsealed).not.toContain('gw-sign-row');
    expect(unsealed.match(/<p class="gw-sign-name">/g)).toHaveLength(3);
  });

  it('escapes joint names and emits no style attribute', () => {
    const h = html((d) => (d.signature.names = ['<img src=x onerror=alert(1)>', '"局"', "'局'"]));
    expect(signBlock(h)).toContain('<span>&lt;img src&#61;x onerror&#61;alert(1)&gt;</span>');
    expect(signBlock(h)).toContain('<span>&quot;局&quot;</span>');
    expect(signBlock(h)).toContain('<span>&#39;局&#39;</span>');
    expect(h).not.toContain('<img');
    expect(h.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/\sstyle=/);
  });
});
