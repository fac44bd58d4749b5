/**
 * The 太仓 example's DOCX through LibreOffice, measured with the same GB/T 9704 checks as
 * the PDF: every rule must hold. support/docx-libreoffice.ts explains the two things the
 * conversion does so that LibreOffice lays the DOCX out as Word and WPS do (stand-in fonts
 * with the official fonts' metrics; LibreOffice's inverted reading of w:overflowPunct).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadNotice } from '../src/content/load-notice.js';
import { buildDocx } from '../src/render/docx/build.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { checkGbt9704, measurePdf } from './support/measure-pdf.js';

const folder = path.join(import.meta.dirname, '..', 'content', 'taicang-2021-work-points');

describe.skipIf(!sofficeAvailable() && !process.env.CI)('太仓 DOCX in LibreOffice', () => {
  test('holds every GB/T 9704 layout rule', async () => {
    const pdf = await convertToPdf(await buildDocx(loadNotice(folder).document), 'taicang');
    const m = await measurePdf(new Uint8Array(fs.readFileSync(pdf)));
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    const checks = checkGbt9704(m);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks).toHaveLength(8);
    // The mark is red and the 版头 rule red, as in the PDF.
    expect(m.pages[0]!.lines.find((l) => l.text === '太仓市应急管理局文件')?.red).toBe(true);
    // The 落款 does not open a page alone: the body's last lines come with it (on page 1 the 落款 does not fit).
    const sealPage = m.pages.find((p) => p.lines.some((l) => l.text === '太仓市应急管理局'))!;
    expect(sealPage).not.toBe(m.pages[0]);
    expect(sealPage.lines.map((l) => l.text)).toContain('印发给你们，请结合实际认真贯彻落实。');
  }, 180_000);
});
