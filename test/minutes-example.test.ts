/** The 纪要 example: red 纪要 mark, no 落款, 出席/请假/列席 lists under the 正文. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { gridMetrics } from '../src/layout/gbt9704.js';
import { buildDocx } from '../src/render/docx/build.js';
import { buildHtml } from '../src/render/html/build.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { part, readDocx } from './support/docx-xml.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const folder = path.join(repo, 'content', 'wujin-2022-meeting-minutes');
const checked = checkFolder(folder, { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;

describe('the 武进 纪要 example', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    m = await measurePdf((await buildPdf(doc, resolveFonts({ system: false }))).bytes);
  });

  test('check finds nothing; the model has three lists and no 署名', () => {
    expect(checked.diagnostics).toEqual([]);
    expect(doc.format).toBe('minutes');
    expect(doc.attendance?.map((a) => a.label)).toEqual(['出席', '请假', '列席']);
    expect(doc.signature.names).toEqual([]);
  });

  test('PDF: every layout rule holds; the red mark reads …纪要 with no 文件', () => {
    expect(checkGbt9704(m).filter((c) => !c.ok)).toEqual([]);
    expect(m.pages[0]!.lines.filter((l) => l.red).map((l) => l.text)).toEqual(['武进区安全生产委员会办公室纪要']);
  });

  test('PDF: "出席：" in 黑体 indented 2 characters, wrapped names aligned after the colon, no date line after them', () => {
    const last = m.pages.find((p) => p.lines.some((l) => l.text.startsWith('出席：')))!;
    const i = last.lines.findIndex((l) => l.text.startsWith('出席：'));
    const first = last.lines[i]!;
    const cell = gridMetrics().cell;
    expect(first.x0).toBeCloseTo(mm(28) + 2 * cell, 0);
    expect(first.glyphs[0]!.font).toMatch(/NotoSansSC/);
    const wrapped = last.lines[i + 1]!;
    expect(wrapped.x0).toBeCloseTo(mm(28) + 5 * cell, 0);
    expect(last.lines.some((l) => l.text.startsWith('请假：'))).toBe(true);
    expect(last.lines.some((l) => l.text === '2022年7月15日')).toBe(false);
  });

  test('DOCX and HTML print the lists and no 落款', async () => {
    const xml = part(await readDocx(await buildDocx(doc)), 'word/document.xml');
    expect(xml).toContain('出席：');
    expect(xml).not.toContain('>2022年7月15日<');
    const html = buildHtml(doc);
    expect(html).toContain('<p class="gw-attendance"><span class="gw-attendance-label">列席：</span>');
    expect(html.slice(html.indexOf('<main>'))).not.toContain('gw-sign');
  });

  test('a 纪要 with a 署名, or without 出席, is refused with the fix', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-minutes-'));
    const text = fs.readFileSync(path.join(folder, 'index.md'), 'utf8').replace(/^出席: .*\n/m, '署名: 武进区安全生产委员会办公室\n');
    fs.writeFileSync(path.join(bad, 'index.md'), text);
    const r = checkFolder(bad, { templateDirs: [TEMPLATES_DIR] });
    expect(r.diagnostics.map((d) => d.message)).toEqual(['纪要缺少出席人员。', '纪要不署名、不加盖印章。']);
  });

  test('a 纪要 or a 信函 with 签发人 is refused at the 签发人 line', () => {
    for (const [name, format] of [['wujin-2022-meeting-minutes', '纪要'], ['changzhou-2022-letter', '信函']] as const) {
      const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-signer-'));
      fs.cpSync(path.join(repo, 'content', name), bad, { recursive: true });
      const index = path.join(bad, 'index.md');
      const text = fs.readFileSync(index, 'utf8').replace(/^格式: .*\n/m, (line) => `${line}签发人: 张三\n`);
      fs.writeFileSync(index, text);
      const r = checkFolder(bad, { templateDirs: [TEMPLATES_DIR] });
      const line = text.split('\n').indexOf('签发人: 张三') + 1;
      expect(r.diagnostics.map((d) => [d.message, d.line, d.column])).toEqual([[`${format}格式不标签发人。`, line, 6]]);
    }
  });
});
