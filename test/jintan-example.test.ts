/** The 金坛 转发 example: a notice forwarding the city's notice whole, with its own 版头 and 落款. */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildDocx } from '../src/render/docx/build.js';
import { buildHtml } from '../src/render/html/build.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { part, readDocx } from './support/docx-xml.js';
import { bodyLines } from './support/gbt9704-checks.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';
import { unexplainedShortLines } from './support/line-fill.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'content', 'jintan-2024-forwarding'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;

describe('the 金坛 转发 example', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    m = await measurePdf((await buildPdf(doc, resolveFonts({ system: false }))).bytes);
  });

  test('check warns once: a 完成时限 in the forwarded text falls on the forwarding date', () => {
    expect(checked.diagnostics.map((d) => [d.file, d.line, d.rule, d.severity])).toEqual([
      ['content/jintan-2024-forwarding/常安办〔2024〕6号.md', 39, 'deadline-date', 'warning'],
    ]);
    expect(checked.diagnostics[0]!.message).toContain('“1月26日前”');
  });

  test('the forwarded notice keeps its own numbering of headings, 文号 and sealed 落款', () => {
    const e = doc.enclosure!;
    expect(e.kind).toBe('forwarded');
    expect(e.head?.docNumber?.text).toBe('常安办〔2024〕6号');
    expect(e.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.ordinal : ''))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(e.signature).toMatchObject({ names: ['常州市安全生产委员会办公室'], sealed: true, date: { year: 2024, month: 1, day: 25 } });
  });

  test('PDF: the forwarded notice starts a new page with its red mark 35 mm below the 版心 top and its red rule', () => {
    const pages = m.pages.map((p, i) => ({ i, mark: p.lines.find((l) => l.red) }));
    const marks = pages.filter((p) => p.mark);
    expect(marks.map((p) => p.mark!.text)).toEqual(['常州市金坛区安全生产委员会办公室文件', '常州市安全生产委员会办公室文件']);
    const [first, second] = marks.map((p) => p.mark!);
    // Both marks' tops (em-box top, 0.88 em above the baseline) lie 35 mm below the 版心 top, each mark
    // sized to its own length: the forwarded 版头 repeats the first page's geometry on its page.
    for (const mark of [first!, second!]) expect((mark.baseline - 0.88 * mark.size) / mm(1)).toBeCloseTo(37 + 35, 0);
    const page = m.pages[marks[1]!.i]!;
    const red = page.rules.filter((r) => r.color[0] > 0.7 && r.color[1] < 0.35);
    expect(red).toHaveLength(1);
    expect(red[0]!.x0).toBeCloseTo(mm(28), 0);
    expect(red[0]!.x1).toBeCloseTo(mm(184), 0);
    expect(page.lines.some((l) => l.text === '常安办〔2024〕6号')).toBe(true);
  });

  test('PDF: the layout rules hold except the 28-character share (short paragraphs, digits in most lines)', () => {
    expect(checkGbt9704(m).filter((c) => !c.ok && !c.rule.startsWith('28 characters'))).toEqual([]);
    // The share is the text's: every shorter full line is an indented first line or kept a character off by the line-start rules.
    expect(unexplainedShortLines(m.pages.flatMap(bodyLines))).toEqual([]);
  });

  test('DOCX and HTML reproduce the forwarded 版头', async () => {
    const xml = part(await readDocx(await buildDocx(doc)), 'word/document.xml');
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*常州市安全生产委员会办公室文件/s);
    const html = buildHtml(doc);
    const section = html.slice(html.indexOf('<section class="gw-enclosure gw-forwarded"'));
    expect(section).toContain('常安办〔2024〕6号');
    expect(section.indexOf('常州市安全生产委员会办公室文件')).toBeLessThan(section.indexOf('关于全面压实'));
  });
});
