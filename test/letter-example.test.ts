/** The 信函 example: a quarterly 通报 as a 函, with its statistics table from data. */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'content', 'changzhou-2022-letter'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;

describe('the 常州 信函 example', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    m = await measurePdf((await buildPdf(doc, resolveFonts({ system: false }))).bytes);
  });

  test('check finds nothing and the body totals come from the table data', () => {
    expect(checked.diagnostics).toEqual([]);
    const first = doc.body[0]!;
    const text = first.type === 'paragraph' ? first.children.map((r) => r.text).join('') : '';
    expect(text).toContain('全市共检查企业523家次，发现问题隐患2434项，立案57起');
  });

  test('every layout rule of the measure holds (page numbers from page 2)', () => {
    expect(checkGbt9704(m).filter((c) => !c.ok)).toEqual([]);
    expect(m.pages[0]!.lines.some((l) => /^[—-]\s*1\s*[—-]$/.test(l.text))).toBe(false);
  });

  test('page 1 carries the red double lines at the head and at the foot, 170 mm long, later pages none', () => {
    const red = (i: number) => m.pages[i]!.rules.filter((r) => r.color[0] > 0.7 && r.color[1] < 0.35);
    const lines = red(0);
    expect(lines).toHaveLength(4);
    for (const r of lines) {
      expect(r.x0).toBeCloseTo(mm(20), 0);
      expect(r.x1).toBeCloseTo(mm(190), 0);
    }
    expect(Math.max(...lines.map((r) => r.y1)) / mm(1)).toBeCloseTo(277, 0);
    expect(m.pages.slice(1).every((_, i) => red(i + 1).length === 0)).toBe(true);
  });
});
