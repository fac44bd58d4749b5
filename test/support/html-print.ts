/**
 * Prints an HTML page with headless Chromium and measures the PDF it makes, in a temporary
 * directory removed afterwards. Tests skip when Chromium is missing, unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measurePdf, type PdfMeasure } from './measure-pdf.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Run Chromium's print tests: it is installed, or CI requires them (and fails without it). */
export const canPrintHtml = fs.existsSync(CHROMIUM) || Boolean(process.env.CI);

function printHtmlToPdf(html: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-html-print-'));
  try {
    const page = path.join(dir, 'page.html');
    const pdf = path.join(dir, 'page.pdf');
    fs.writeFileSync(page, html);
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, page], { stdio: 'ignore', timeout: 60_000 });
    return new Uint8Array(fs.readFileSync(pdf));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function printHtml(html: string): Promise<PdfMeasure> {
  return measurePdf(printHtmlToPdf(html));
}
