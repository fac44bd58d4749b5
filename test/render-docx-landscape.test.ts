/**
 * A 横排 attachment in the DOCX (test/fixtures/content/landscape-table): its own landscape
 * section with the portrait margins turned, portrait sections before and after it, the table
 * header repeated — and LibreOffice's PDF of it, measured.
 */
import path from 'node:path';
import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { buildDocx } from '../src/render/docx/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { attr, elements, first, part, readDocx, textOf } from './support/docx-xml.js';
import { measurePdf, type PdfMeasure } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'test', 'fixtures', 'content', 'landscape-table'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;
/** Twips for millimetres: from the standard's numbers, not the profile. */
const tw = (mmv: number) => Math.round((mmv * 72 * 20) / 25.4);

describe('the landscape-table fixture in DOCX', () => {
  let xml: string;
  let sections: string[];
  beforeAll(async () => {
    expect(checked.diagnostics).toEqual([]);
    xml = part(await readDocx(await buildDocx(doc)), 'word/document.xml');
    sections = elements(xml, 'w:sectPr');
  });

  test('three sections: portrait, landscape (the attachment), portrait', () => {
    expect(sections).toHaveLength(3);
    const size = (s: string) => first(s, 'w:pgSz');
    expect(sections.map((s) => [attr(size(s), 'w:w'), attr(size(s), 'w:h'), attr(size(s), 'w:orient')])).toEqual([
      ['11906', '16838', 'portrait'],
      ['16838', '11906', 'landscape'],
      ['11906', '16838', 'portrait'],
    ]);
  });

  test('the landscape margins are the portrait ones turned: top 28, right 37, bottom 26, left 35 mm', () => {
    const margins = (s: string) => ['w:top', 'w:right', 'w:bottom', 'w:left'].map((k) => Number(attr(first(s, 'w:pgMar'), k)));
    const near = (got: number[], want: number[]) => got.forEach((g, i) => expect(Math.abs(g - tw(want[i]!))).toBeLessThanOrEqual(1));
    near(margins(sections[0]!), [37, 26, 35, 28]);
    near(margins(sections[1]!), [28, 37, 26, 35]);
    near(margins(sections[2]!), [37, 26, 35, 28]);
    // Each section has its own odd and even page-number footers.
    for (const s of sections) expect(elements(s, 'w:footerReference').map((f) => attr(f, 'w:type')).sort()).toEqual(['default', 'even']);
  });

  test('the landscape section holds 附件1 and its table at the 225 mm 版心 width, header rows repeating; 附件2 follows in portrait', () => {
    const landscapeEnd = xml.indexOf(sections[1]!);
    const landscape = xml.slice(xml.indexOf(sections[0]!) + sections[0]!.length, landscapeEnd);
    expect(textOf(landscape)).toContain('附件1');
    expect(textOf(landscape)).not.toContain('附件2');
    const table = first(landscape, 'w:tbl')!;
    expect(Number(attr(first(table, 'w:tblW'), 'w:w'))).toBe(tw(225));
    const header = elements(table, 'w:tr')[0]!;
    expect(header).toContain('<w:tblHeader/>');
    expect(textOf(header)).toBe('重点行业领域工作任务工作举措责任单位完成时限');
    // The section break starts the page: no page break before 附件1 as well.
    const label = elements(landscape, 'w:p').find((p) => textOf(p) === '附件1')!;
    expect(label).not.toContain('w:pageBreakBefore');
    const rest = xml.slice(landscapeEnd);
    expect(textOf(rest)).toContain('附件2');
  });
});

describe.skipIf(!sofficeAvailable() && !process.env.CI)('the landscape-table DOCX in LibreOffice', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    const pdf = await convertToPdf(await buildDocx(doc), 'landscape-table');
    m = await measurePdf(new Uint8Array(fs.readFileSync(pdf)));
  });

  test('the attachment prints on landscape A4 pages in one run, the pages before and after portrait A4', () => {
    const landscape = m.pages.flatMap((p, i) => (p.width > p.height ? [i] : []));
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    expect(landscape).toEqual(landscape.map((_, k) => landscape[0]! + k));
    for (const p of m.pages) {
      const [w, h] = [p.width, p.height].sort((a, b) => a - b);
      expect(w! / (72 / 25.4)).toBeCloseTo(210, 0);
      expect(h! / (72 / 25.4)).toBeCloseTo(297, 0);
    }
    const startsWith = (i: number, text: string) => m.pages[i]!.lines[0]?.text.startsWith(text);
    expect(startsWith(landscape[0]!, '附件1')).toBe(true);
    expect(startsWith(landscape.at(-1)! + 1, '附件2')).toBe(true);
    // The header row repeats at the top of every later landscape page.
    for (const i of landscape.slice(1)) expect(m.pages[i]!.lines[0]!.text).toBe('重点行业领域工作任务工作举措责任单位完成时限');
  });
});
