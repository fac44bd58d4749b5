/** The 联合上行文 example: three issuers, three 签发人 in two rows, three sealed 署名. */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'content', 'wujin-2022-joint-report'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });

describe('the 武进 joint upward report example', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    m = await measurePdf((await buildPdf(checked.loaded!.document, resolveFonts({ system: false }))).bytes);
  });

  test('check finds nothing', () => expect(checked.diagnostics).toEqual([]));

  test('every layout rule of the measure holds', () => expect(checkGbt9704(m).filter((c) => !c.ok)).toEqual([]));

  test('签发人 in two rows, the 文号 left-indented one character on the second, the red rule under it', () => {
    const page = m.pages[0]!;
    const first = page.lines.find((l) => l.text.startsWith('签发人：'))!;
    const second = page.lines.find((l) => l.text.startsWith('武应急〔2022〕58号'))!;
    expect(first.text).toBe('签发人：王××李××');
    expect(second.text).toBe('武应急〔2022〕58号张××');
    expect(second.x0 / mm(1)).toBeCloseTo(28 + 156 / 28, 1);
    const rule = page.rules.find((r) => r.color[0] > 0.7 && r.color[1] < 0.35)!;
    expect((rule.y0 - second.baseline) / mm(1)).toBeGreaterThan(4);
  });

  test('the three sealed 署名 stand two and one, over the date', () => {
    const last = m.pages.at(-1)!;
    const row = last.lines.find((l) => l.text.includes('常州市武进区应急管理局') && l.text.includes('常州市武进区工业和信息化局'));
    const alone = last.lines.find((l) => l.text === '常州市武进区市场监督管理局');
    expect(row).toBeDefined();
    expect(alone!.baseline).toBeGreaterThan(row!.baseline);
  });
});
