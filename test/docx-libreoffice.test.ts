/**
 * The 太仓 example's DOCX through LibreOffice, measured with the same GB/T 9704 checks as
 * the PDF. Two LibreOffice behaviours are pinned with their measured bounds instead of the
 * rule: it centres each line in its 28.95 pt slot (with the tall Noto substitute the first
 * line's top measures ≈ 39.7 mm, not 37 ± 2), and it ignores w:overflowPunct, hanging a
 * line-final comma past the 版心 (Word and WPS honour the setting).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadNotice } from '../src/content/load-notice.js';
import { buildDocx } from '../src/render/docx/build.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { checkGbt9704, measurePdf } from './support/measure-pdf.js';

const folder = path.join(import.meta.dirname, '..', 'content', 'taicang-2021-work-points');
const LO_TOP = 'top of text block 37mm (±2)';
const LO_RIGHT = 'text stays inside 156mm block (right edge ≤185mm)';

describe.skipIf(!sofficeAvailable() && !process.env.CI)('太仓 DOCX in LibreOffice', () => {
  test('holds the GB/T 9704 layout rules', async () => {
    const pdf = convertToPdf(await buildDocx(loadNotice(folder).document), 'taicang');
    const m = await measurePdf(new Uint8Array(fs.readFileSync(pdf)));
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    const checks = checkGbt9704(m);
    expect(checks.filter((c) => !c.ok && c.rule !== LO_TOP && c.rule !== LO_RIGHT)).toEqual([]);
    const top = Number(/about (\d+)mm/.exec(checks.find((c) => c.rule === LO_TOP)!.detail)![1]);
    expect(top).toBeLessThanOrEqual(40);
    const right = Number(/at ([\d.]+)mm/.exec(checks.find((c) => c.rule === LO_RIGHT)!.detail)![1]);
    // At most one hanging 3号 character (5.6 mm), never two.
    expect(right).toBeLessThan(190);
    // The mark is red and the 版头 rule red, as in the PDF.
    expect(m.pages[0]!.lines.find((l) => l.text === '太仓市应急管理局文件')?.red).toBe(true);
  }, 180_000);
});
