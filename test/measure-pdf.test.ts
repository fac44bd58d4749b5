/**
 * The PDF measuring tool must be trusted before layout tests lean on it: build small PDFs with
 * known text, colours and rules, and check it recovers them to within 0.3 pt.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import { describe, expect, test } from 'vitest';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';
import { pyFixed, pyRound } from './support/py-compat.js';

const require = createRequire(import.meta.url);
const SERIF = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const SANS = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
// fontkit's layout() is not in the project's minimal fontkit typing
const serif = fontkit.openSync(SERIF) as fontkit.Font & {
  layout(text: string): { glyphs: { codePoints: number[]; advanceWidth: number }[]; positions: { xAdvance: number }[] };
};
const face = (file: string) => ({ normal: file, bold: file, italics: file, bolditalics: file });

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}
const pm = pdfmake as unknown as PdfMake;
pm.setFonts({ serif: face(SERIF), sans: face(SANS) });
pm.setUrlAccessPolicy(() => false);
pm.setLocalAccessPolicy((p) => p === SERIF || p === SANS);

/** A4 page, no margins, so absolutePosition is page position. */
async function pdfOf(content: unknown[], info: Record<string, unknown> = {}): Promise<PdfMeasure> {
  const def = { pageSize: 'A4', pageMargins: [0, 0, 0, 0], content, info, defaultStyle: { font: 'serif', fontSize: 16 } };
  return measurePdf(new Uint8Array(await pm.createPdf(def).getBuffer()));
}

/** pdfkit puts the baseline one ascent below the top of the line box. */
const ascent = (size: number) => (serif.ascent / serif.unitsPerEm) * size;
const advance = (ch: string, size: number) => (serif.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / serif.unitsPerEm) * size;
const at = (x: number, y: number) => ({ absolutePosition: { x, y } });

describe('measurePdf: text', () => {
  test('recovers the position, size, font and colour of each glyph of a CJK line', async () => {
    const m = await pdfOf([{ text: '国'.repeat(28), ...at(mm(28), mm(37)), color: '#cc0000' }]);
    const [line] = m.pages[0]!.lines;
    expect(m.pages[0]!.lines).toHaveLength(1);
    expect(line!.text).toBe('国'.repeat(28));
    expect([...line!.text]).toHaveLength(28);
    expect(line!.baseline).toBeCloseTo(mm(37) + ascent(16), 1);
    expect(line!.size).toBe(16);
    expect(line!.red).toBe(true);
    line!.glyphs.forEach((g, i) => {
      expect(Math.abs(g.x0 - (mm(28) + 16 * i))).toBeLessThan(0.3);
      expect(Math.abs(g.x1 - g.x0 - 16)).toBeLessThan(0.01);
      expect(g.color.map((c) => Math.round(c * 255))).toEqual([0xcc, 0, 0]);
      expect(g.font).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular$/);
    });
  });

  test('places every glyph of a mixed Latin/CJK run (kerning, contextual digits, spacing), skipping spaces', async () => {
    // noWrap keeps the run one pdfkit text object, so the expected pen positions are fontkit's layout
    const text = '2021年 GB/T 9704—2012《公文格式》AVATAR';
    const spacing = -0.207;
    const m = await pdfOf([{ text, ...at(100, 200), characterSpacing: spacing, noWrap: true }]);
    const line = m.pages[0]!.lines[0]!;
    const run = serif.layout(text);
    const scale = 16 / serif.unitsPerEm;
    const expected: { char: string; x0: number; width: number }[] = [];
    let x = 100;
    run.glyphs.forEach((g, i) => {
      const char = String.fromCodePoint(...g.codePoints);
      if (char !== ' ') expected.push({ char, x0: x, width: g.advanceWidth * scale });
      x += run.positions[i]!.xAdvance * scale + spacing;
    });
    expect(line.text).toBe(text.replace(/ /g, ''));
    expect(line.glyphs.map((g) => g.char)).toEqual(expected.map((e) => e.char));
    line.glyphs.forEach((g, i) => {
      expect(Math.abs(g.x0 - expected[i]!.x0)).toBeLessThan(0.3);
      expect(Math.abs(g.x1 - g.x0 - expected[i]!.width)).toBeLessThan(0.01);
    });
    expect(Math.max(...line.glyphs.map((g, i) => Math.abs(g.x0 - expected[i]!.x0)))).toBeLessThan(0.01);
  });

  test('counts 28 characters on a full line set with character spacing to the 156 mm block', async () => {
    const cell = mm(156) / 28;
    const m = await pdfOf([{ text: '国'.repeat(28), ...at(mm(28), mm(37)), characterSpacing: cell - 16, noWrap: true }]);
    const line = m.pages[0]!.lines[0]!;
    expect([...line.text]).toHaveLength(28);
    line.glyphs.forEach((g, i) => expect(Math.abs(g.x0 - (mm(28) + i * cell))).toBeLessThan(0.3));
    expect(line.x1).toBeCloseTo(mm(28 + 156) - cell + 16, 2);
  });

  test('groups glyphs into lines by baseline, with size, fonts and black colour', async () => {
    const m = await pdfOf([
      { text: '标题文字', ...at(mm(60), mm(40)), font: 'sans', fontSize: 22 },
      { text: '正文第一行', ...at(mm(28), mm(60)) },
      { text: '正文第二行', ...at(mm(28), mm(60) + 28.95) },
    ]);
    const lines = m.pages[0]!.lines;
    expect(lines.map((l) => l.text)).toEqual(['标题文字', '正文第一行', '正文第二行']);
    expect(lines.map((l) => l.size)).toEqual([22, 16, 16]);
    expect(lines[0]!.fonts[0]).toMatch(/\+NotoSansSC-Regular$/);
    expect(lines[2]!.baseline - lines[1]!.baseline).toBeCloseTo(28.95, 2);
    expect(lines[1]!.x0).toBeCloseTo(mm(28), 2);
    expect(lines.some((l) => l.red)).toBe(false);
    expect(lines[1]!.glyphs[0]!.color).toEqual([0, 0, 0]);
  });
});

describe('measurePdf: rules, fonts, info', () => {
  test('recovers a red stroked line and a black filled rectangle in page points, y from the top', async () => {
    const m = await pdfOf([
      { text: '字' },
      {
        ...at(0, 0),
        canvas: [
          { type: 'line', x1: mm(28), y1: mm(80), x2: mm(184), y2: mm(80), lineWidth: 1.5, lineColor: '#ff0000' },
          { type: 'rect', x: mm(28), y: mm(262) - 0.5, w: mm(156), h: 1, color: '#000000' },
        ],
      },
    ]);
    const [line, rect] = m.pages[0]!.rules;
    expect(line).toMatchObject({ paint: 'stroke', color: [1, 0, 0], straight: true });
    expect(line!.lineWidth).toBeCloseTo(1.5, 3);
    for (const [got, want] of [[line!.x0, mm(28)], [line!.x1, mm(184)], [line!.y0, mm(80)], [line!.y1, mm(80)]] as const) {
      expect(Math.abs(got - want)).toBeLessThan(0.3);
    }
    expect(rect).toMatchObject({ paint: 'fill', color: [0, 0, 0], lineWidth: 0 });
    expect(Math.abs((rect!.y0 + rect!.y1) / 2 - mm(262))).toBeLessThan(0.3);
    expect(rect!.y1 - rect!.y0).toBeCloseTo(1, 3);
    expect(rect!.x1 - rect!.x0).toBeCloseTo(mm(156), 2);
  });

  test('lists embedded subset fonts and reads the info dictionary', async () => {
    const m = await pdfOf([{ text: '宋体' }, { text: '黑体', font: 'sans' }], {
      title: '关于测试的通知',
      author: '测试局',
      creationDate: new Date(Date.UTC(2021, 2, 30)),
    });
    expect(m.fontsEmbedded.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Regular', 'NotoSerifSC-Regular']);
    expect(m.fontsEmbedded.every((f) => f.embedded && f.subset)).toBe(true);
    expect(m.info.Title).toBe('关于测试的通知');
    expect(m.info.Author).toBe('测试局');
    expect(m.info.CreationDate).toMatch(/^D:20210330/);
  });
});

/** GB/T 9704 pages drawn by hand: 22 lines of 28 characters a full page, page numbers at the outer side. */
async function gbtPdf(o: { left?: number; pitch?: number; lines?: number[]; pageNumbers?: boolean } = {}): Promise<PdfMeasure> {
  const { left = 28, pitch = 28.95, lines = [22, 5], pageNumbers = true } = o;
  const cell = mm(156) / 28;
  const content: unknown[] = [];
  lines.forEach((count, p) => {
    const page = p + 1;
    const first = content.length;
    for (let i = 0; i < count; i++) {
      // glyph tops (baseline − 0.88 em) on the grid starting 37 mm down
      const y = mm(37) + 0.88 * 16 + i * pitch - ascent(16);
      content.push({ text: '国'.repeat(28), ...at(mm(left), y), characterSpacing: cell - 16, noWrap: true });
    }
    if (pageNumbers) {
      const text = `— ${page} —`;
      const width = [...text].reduce((w, ch) => w + advance(ch, 14), 0);
      const x = page % 2 ? mm(left + 156) - 14 - width : mm(left) + 14;
      content.push({ text, fontSize: 14, noWrap: true, ...at(x, mm(262 + 7) + 0.35 * 14 - ascent(14)) });
    }
    if (p > 0) (content[first] as Record<string, unknown>).pageBreak = 'before';
  });
  return pdfOf(content);
}

const failing = (m: PdfMeasure) => checkGbt9704(m).filter((c) => !c.ok).map((c) => c.rule);

describe('checkGbt9704', () => {
  test('passes a layout that follows every measurable rule', async () => {
    const checks = checkGbt9704(await gbtPdf());
    expect(checks.map((c) => c.rule)).toHaveLength(8);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.find((c) => c.rule.startsWith('28 characters'))!.detail).toContain('{28: 27}');
  });

  test('fails a 31 mm left margin (text then also overruns the block)', async () => {
    const checks = checkGbt9704(await gbtPdf({ left: 31 }));
    expect(checks.find((c) => c.rule.startsWith('left margin'))).toMatchObject({ ok: false, detail: 'most body lines start at 31mm' });
    expect(failing(await gbtPdf({ left: 31 }))).toContain('text stays inside 156mm block (right edge ≤185mm)');
  });

  test('fails a wrong pitch, a short full page and missing page numbers', async () => {
    expect(failing(await gbtPdf({ pitch: 30, lines: [21, 3] }))).toEqual(
      expect.arrayContaining(['line pitch ≈ 225mm/22 (28.6–29.2pt)', '22 lines on a full page']),
    );
    const none = checkGbt9704(await gbtPdf({ pageNumbers: false }));
    expect(none.filter((c) => !c.ok)).toEqual([{ rule: "page numbers '— N —' 4号, 7mm below, odd right / even left", ok: false, detail: 'none found' }]);
  });
});

describe('python-compatible rounding', () => {
  test('ties go to even, other values round as their exact binary value', () => {
    expect([pyRound(2.5), pyRound(3.5), pyRound(-0.5)]).toEqual([2, 4, 0]);
    expect([pyFixed(28.25, 1), pyFixed(28.75, 1), pyFixed(0.15, 1), pyFixed(0.125, 2)]).toEqual(['28.2', '28.8', '0.1', '0.12']);
  });
});
