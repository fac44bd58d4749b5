/**
 * DOCX: 上行文 签发人 on the 发文字号 line (GB/T 9704 §7.2.4) and sealed 联合行文 署名 in rows
 * of two (§7.3.5.1). Expected numbers are recomputed here from the profile, the style's character
 * spacing and the character widths, not read back from the renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { mm, profile, twips } from '../src/layout/gbt9704.js';
import type { OfficialDocument } from '../src/ir/types.js';
import { buildDocx } from '../src/render/docx/build.js';
import { sampleDocument } from './support/sample-document.js';
import { attr, attrOf, elements, paragraphs, part, readDocx, resolved, styleNamed, textOf, type DocxParts } from './support/docx-xml.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { measurePdf, type TextLine } from './support/measure-pdf.js';

const CHAR = twips(profile.body.size);
const BLOCK = twips(mm(profile.block.widthMm));
const PITCH = 579;

async function build(edit: (d: OfficialDocument) => void): Promise<{ d: DocxParts; xml: string }> {
  const doc = sampleDocument();
  edit(doc);
  const d = await readDocx(await buildDocx(doc));
  return { d, xml: part(d, 'word/document.xml') };
}

const styled = (d: DocxParts, xml: string, name: string) => paragraphs(xml).filter((p) => p.style === styleNamed(d, name).id);
/** Twips a grid cell takes in Word: one 3号 字 plus the Normal style's (negative) character spacing. */
const advance = (d: DocxParts) => CHAR + Number(resolved(d, 'Normal', 'w:rPr w:spacing', 'w:val'));
const tabs = (p: string) => elements(p, 'w:tab').filter((t) => attr(t, 'w:pos') !== undefined).map((t) => ({ val: attr(t, 'w:val'), pos: Number(attr(t, 'w:pos')) }));
/** Runs in order: text, the East Asian font and how many tabs / breaks each carries. */
const runs = (p: string) =>
  elements(p, 'w:r').map((r) => ({
    text: textOf(r),
    font: attrOf(r, 'w:rFonts', 'w:eastAsia'),
    tabs: (r.match(/<w:tab\/>/g) ?? []).length,
    br: r.includes('<w:br/>'),
  }));

describe('上行文: 签发人 on the 发文字号 line', () => {
  it('three signers: two rows, names a full-width space apart, the 文号 on the last row', async () => {
    const { d, xml } = await build((doc) => {
      doc.head.signers = ['张三', '李四', '王五'];
    });
    const [p] = styled(d, xml, '发文字号');
    expect(p).toBeDefined();
    const x = p!.xml;
    // The red rule is still the paragraph's bottom border, so it sits below the last row.
    expect(attrOf(x, 'w:pBdr', 'w:color')).toBe('FF0000');
    expect(attrOf(x, 'w:spacing', 'w:before')).toBe(String(profile.head.docNumberGapLines * PITCH));
    expect(attrOf(x, 'w:jc', 'w:val')).toBe('left');
    expect(attrOf(x, 'w:ind', 'w:left')).toBe(String(profile.head.signerIndentChars * CHAR));
    // Widest row "张三　李四" is 5 字; it ends signerIndentChars from the right; "签发人：" (4 字) before it.
    const names = BLOCK - profile.head.signerIndentChars * CHAR - 5 * advance(d);
    expect(tabs(x)).toEqual([
      { val: 'left', pos: names - 4 * advance(d) },
      { val: 'left', pos: names },
    ]);
    const fangsong = '仿宋_GB2312';
    expect(runs(x)).toEqual([
      { text: '', font: fangsong, tabs: 1, br: false },
      { text: '签发人：', font: fangsong, tabs: 0, br: false },
      { text: '张三\u3000李四', font: '楷体_GB2312', tabs: 0, br: false },
      { text: '太应急〔2021〕46号', font: fangsong, tabs: 0, br: true },
      // Two tabs: past the label's stop to the names' stop, under 张三.
      { text: '', font: fangsong, tabs: 2, br: false },
      { text: '王五', font: '楷体_GB2312', tabs: 0, br: false },
    ]);
  });

  it('five signers: three rows; the widest row sets the tab stops', async () => {
    const { d, xml } = await build((doc) => {
      doc.head.signers = ['张三', '李四', '欧阳明月', '王五', '赵六'];
    });
    const x = styled(d, xml, '发文字号')[0]!.xml;
    expect((x.match(/<w:br\/>/g) ?? []).length).toBe(2);
    expect(runs(x).filter((r) => r.font === '楷体_GB2312').map((r) => r.text)).toEqual(['张三\u3000李四', '欧阳明月\u3000王五', '赵六']);
    // "欧阳明月　王五" is 7 字.
    expect(tabs(x)[1]!.pos).toBe(BLOCK - profile.head.signerIndentChars * CHAR - 7 * advance(d));
    expect(textOf(x)).toBe('签发人：张三\u3000李四欧阳明月\u3000王五太应急〔2021〕46号赵六');
  });

  it('one or two signers: one row, 文号 first', async () => {
    for (const signers of [['张三'], ['张三', '李四']]) {
      const { d, xml } = await build((doc) => {
        doc.head.signers = signers;
      });
      const x = styled(d, xml, '发文字号')[0]!.xml;
      expect(x).not.toContain('<w:br/>');
      expect(runs(x).map((r) => r.text)).toEqual(['太应急〔2021〕46号', '', '签发人：', signers.join('\u3000')]);
      const width = signers.length === 1 ? 2 : 5;
      expect(tabs(x)[1]!.pos).toBe(BLOCK - profile.head.signerIndentChars * CHAR - width * advance(d));
    }
  });

  it('without signers the 文号 stays centred by its style, with no tabs or indent', async () => {
    const { d, xml } = await build(() => {});
    const x = styled(d, xml, '发文字号')[0]!.xml;
    expect(x).not.toContain('<w:tabs>');
    expect(x).not.toContain('<w:ind');
    expect(x).not.toContain('<w:jc');
    expect(resolved(d, '发文字号', 'w:pPr w:jc', 'w:val')).toBe('center');
    expect(textOf(x)).toBe('太应急〔2021〕46号');
  });
});

/** Centre tab where the right-hand name goes: over the centre of the date (6.5 字 for 2021年3月30日). */
const dateCentre = (d: DocxParts) => BLOCK - profile.signature.sealed.dateRightIndentChars * CHAR - Math.round((6.5 * advance(d)) / 2);

describe('联合行文 with seals: 署名 in rows of two', () => {
  it('three names: a row of two on centre tabs, then one over the date, rows 3 blank lines apart', async () => {
    const names = ['太仓市应急管理局', '太仓市财政局', '太仓市住建局'];
    const { d, xml } = await build((doc) => {
      doc.signature.names = names;
    });
    const sig = styled(d, xml, '署名');
    expect(sig.map((p) => p.text)).toEqual(['太仓市应急管理局太仓市财政局', '太仓市住建局']);
    const right = dateCentre(d);
    const step = twips(mm(profile.signature.sealed.jointColumnGapMm));
    expect(tabs(sig[0]!.xml)).toEqual([
      { val: 'center', pos: right - step },
      { val: 'center', pos: right },
    ]);
    expect(tabs(sig[1]!.xml)).toEqual([{ val: 'center', pos: right }]);
    for (const p of sig) {
      expect(attrOf(p.xml, 'w:jc', 'w:val')).toBe('left');
      expect(p.xml).not.toContain('<w:ind');
      // Every name follows its own tab.
      expect(runs(p.xml).every((r) => r.tabs === 1 && r.text !== '')).toBe(true);
    }
    expect(attrOf(sig[0]!.xml, 'w:spacing', 'w:before')).toBe(String(profile.signature.sealed.gapLinesBefore * PITCH));
    expect(attrOf(sig[1]!.xml, 'w:spacing', 'w:before')).toBe(String(profile.signature.sealed.jointRowGapLines * PITCH));
    // The date follows the last row directly, right-indented 4 字 as before.
    const date = styled(d, xml, '成文日期')[0]!;
    const all = paragraphs(xml).map((p) => p.xml);
    expect(all.indexOf(date.xml)).toBe(all.indexOf(sig[1]!.xml) + 1);
    expect(attrOf(date.xml, 'w:ind', 'w:right')).toBe(String(profile.signature.sealed.dateRightIndentChars * CHAR));
    expect(attrOf(date.xml, 'w:spacing', 'w:before')).toBeUndefined();
  });

  it('four names: two full rows; names too wide for 45 mm keep one 字 between them', async () => {
    const long = '太仓市发展和改革委员会办公室'; // 14 字
    const { d, xml } = await build((doc) => {
      doc.signature.names = ['甲局', '乙局', long, long];
    });
    const sig = styled(d, xml, '署名');
    expect(sig.map((p) => p.text)).toEqual(['甲局乙局', long + long]);
    const right = dateCentre(d);
    expect(tabs(sig[0]!.xml).map((t) => t.pos)).toEqual([right - twips(mm(profile.signature.sealed.jointColumnGapMm)), right]);
    expect(tabs(sig[1]!.xml).map((t) => t.pos)).toEqual([right - Math.round(14 * advance(d) + advance(d)), right]);
  });

  it('a single sealed name and unsealed joint names keep their right-indented paragraphs', async () => {
    const single = await build(() => {});
    const one = styled(single.d, single.xml, '署名');
    expect(one.map((p) => p.text)).toEqual(['太仓市应急管理局']);
    expect(one[0]!.xml).not.toContain('<w:tabs>');
    expect(attrOf(one[0]!.xml, 'w:ind', 'w:right')).toBe(String(Math.round((4 - 0.75) * CHAR)));

    const unsealed = await build((doc) => {
      doc.signature.sealed = false;
      doc.signature.names = ['太仓市应急管理局', '太仓市财政局', '太仓市住建局'];
    });
    const rows = styled(unsealed.d, unsealed.xml, '署名');
    expect(rows.map((p) => p.text)).toEqual(['太仓市应急管理局', '太仓市财政局', '太仓市住建局']);
    for (const p of rows) {
      expect(p.xml).not.toContain('<w:tabs>');
      expect(attrOf(p.xml, 'w:ind', 'w:right')).toBe(String(profile.signature.unsealed.nameRightIndentChars * CHAR));
    }
  });
});

const MM = 72 / 25.4;
const centre = (gs: TextLine['glyphs']) => (gs[0]!.x0 + gs[gs.length - 1]!.x1) / 2;

describe.skipIf(!sofficeAvailable() && !process.env.CI)('联合行文 with seals in LibreOffice', () => {
  test('two names on one baseline 45 mm apart, the right one centred over the date', async () => {
    const doc = sampleDocument();
    // Six 字 each: one 字 apart they would be only 7 字 (≈ 39 mm) centre to centre, so the 45 mm step decides.
    doc.signature.names = ['太仓市应急局', '太仓市财政局', '太仓市住建局'];
    const pdf = await convertToPdf(await buildDocx(doc), 'joint-sealed');
    const m = await measurePdf(new Uint8Array(fs.readFileSync(pdf)));
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    const lines = m.pages.flatMap((pg) => pg.lines);
    const row = lines.find((l) => l.text === '太仓市应急局太仓市财政局');
    const single = lines.find((l) => l.text === '太仓市住建局');
    const date = lines.find((l) => l.text === '2021年3月30日');
    expect(row && single && date).toBeTruthy();
    const left = row!.glyphs.slice(0, 6);
    const right = row!.glyphs.slice(6);
    // One baseline: both names are in the same measured line, and their glyphs share it.
    for (const g of row!.glyphs) expect(Math.abs(g.baseline - row!.baseline)).toBeLessThan(0.5);
    expect(Math.abs((centre(right) - centre(left)) / MM - profile.signature.sealed.jointColumnGapMm)).toBeLessThanOrEqual(2);
    // The odd name sits over the same centre, 3 blank lines below; the date on the next line.
    expect(Math.abs(centre(single!.glyphs) - centre(right)) / MM).toBeLessThanOrEqual(0.5);
    const pitch = mm(profile.block.heightMm) / profile.grid.lines;
    expect((single!.baseline - row!.baseline) / pitch).toBeCloseTo(profile.signature.sealed.jointRowGapLines + 1, 1);
    expect((date!.baseline - single!.baseline) / pitch).toBeCloseTo(1, 1);
    // The date's right edge 4 字 from the 版心's right edge (28 + 156 mm).
    expect(Math.abs((profile.block.leftMm + profile.block.widthMm) - date!.x1 / MM - 4 * profile.body.size / MM)).toBeLessThanOrEqual(1);
    // Centred over the date as Word sets it: its glyphs packed from the right edge. LibreOffice
    // ignores the styles' autoSpaceDE/DN = 0 and puts ≈ 1.15 mm between each digit run and
    // ideograph, widening the date ≈ 5.8 mm; that is pinned at its measured bound below.
    const packed = date!.glyphs.reduce((w, g) => w + (g.x1 - g.x0), 0);
    expect(Math.abs(centre(right) - (date!.x1 - packed / 2)) / MM).toBeLessThanOrEqual(2);
    expect(Math.abs(centre(right) - centre(date!.glyphs)) / MM).toBeLessThanOrEqual(3.5);
  }, 180_000);
});
