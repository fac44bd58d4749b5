/**
 * `gongwen preview` end to end in headless Chromium: the page shows the document, a saved data
 * change shows up without navigating away, and the new `check` diagnostic is listed in the
 * panel and marked on the table row it concerns.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreview, type Preview } from '../src/preview/preview-server.js';

const CHROMIUM = '/usr/bin/chromium';
const repo = path.join(import.meta.dirname, '..');

// In CI a missing browser is a failure (.ci/run installs it), not a skip.
describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('gongwen preview', () => {
  let root: string;
  let folder: string;
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The document and its registries side by side, as in content/.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-preview-'));
    folder = path.join(root, 'wujin-2022-work-points');
    fs.cpSync(path.join(repo, 'content/wujin-2022-work-points'), folder, { recursive: true });
    fs.cpSync(path.join(repo, 'content/registries'), path.join(root, 'registries'), { recursive: true });
    preview = await startPreview(folder, { port: 0, displayRoot: root });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('shows the document with its numbers and an empty problem list', async () => {
    await page.goto(preview.url);
    // 全区75家 is the sum of the 重点 column of 达标任务.csv; the table's total row (合计: 武进区) shows it too.
    await page.getByText('全区75家').first().waitFor();
    await expect(page.locator('tr.gw-total').first().textContent()).resolves.toBe('武进区7513020');
    await expect(page.locator('#gwp-panel summary').textContent()).resolves.toBe('检查未发现问题');
  });

  test('a saved data change appears in place, with its diagnostic beside the row', async () => {
    // Marks this page: a full navigation would lose it, a body swap keeps it.
    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));
    const csv = path.join(folder, '达标任务.csv');
    const before = fs.readFileSync(csv, 'utf8');
    // 湖塘镇 5 → 9, and a 武进区 total row copied from the old sheet: 75 no longer equals the sum, 79.
    fs.writeFileSync(csv, before.replace('湖塘镇,5,', '湖塘镇,9,') + '武进区,75,130,20,\n');

    await page.getByText('全区79家').first().waitFor();
    const item = page.locator('#gwp-panel li', { hasText: '[table-total]' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('达标任务.csv:15:5');
    await expect(page.locator('#gwp-panel summary').textContent()).resolves.toBe('检查发现 1 处错误、0 处警告');

    const flagged = page.locator('.gwp-flag-error');
    await flagged.waitFor();
    await expect(flagged.evaluate((el) => el.tagName)).resolves.toBe('TR');
    await expect(flagged.textContent()).resolves.toMatch(/^武进区.*75/);
    const note = page.locator('.gwp-note-error');
    await expect(note.textContent()).resolves.toBe('错误：“武进区”行的“重点行业领域”写的是75，各行之和是 79。');
    const [rowBox, noteBox] = [await flagged.boundingBox(), await note.boundingBox()];
    expect(Math.abs(noteBox!.y - rowBox!.y)).toBeLessThan(2);
    expect(noteBox!.x).toBeGreaterThan(rowBox!.x + rowBox!.width);

    await expect(page.evaluate(() => (window as unknown as { kept?: number }).kept)).resolves.toBe(1);
  });

  test('a folder that cannot be loaded shows its errors, and the document again once fixed', async () => {
    const index = path.join(folder, 'index.md');
    const good = fs.readFileSync(index, 'utf8');
    fs.writeFileSync(index, good.replace('主送:', '主送机关:'));
    await page.getByRole('heading', { name: '无法预览：内容有错误' }).waitFor();
    await page.locator('#gwp-panel li', { hasText: '主送机关' }).waitFor();

    fs.writeFileSync(index, good);
    await page.getByText('全区79家').first().waitFor();
  });
});
