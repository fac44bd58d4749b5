/**
 * A 横排 attachment in the HTML (test/fixtures/content/landscape-table): printed on the named
 * page `landscape` (A4 landscape, the portrait margins turned), shown on screen as a wider sheet.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { buildHtml } from '../src/render/html/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { cssOf, elements, text } from './support/html-text.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'test', 'fixtures', 'content', 'landscape-table'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;
const html = buildHtml(doc);
const css = cssOf(html);
const sections = elements(html, 'section');

describe('the landscape-table fixture in HTML', () => {
  test('the landscape attachment carries the class, the portrait one does not', () => {
    expect(checked.diagnostics).toEqual([]);
    expect(sections).toHaveLength(2);
    expect([...html.matchAll(/<section class="([^"]*)"/g)].map((m) => m[1])).toEqual(['gw-attachment gw-landscape', 'gw-attachment']);
    expect(text(sections[0]!)).toContain('重点行业领域');
    expect(text(sections[1]!)).toContain('附件2');
  });

  test('the named page: A4 landscape with the portrait margins turned (top 28, right 37, bottom 26, left 35 mm)', () => {
    expect(css).toContain('@page landscape { size: A4 landscape; margin: 28mm 37mm 26mm 35mm }');
    expect(css).toMatch(/\.gw-landscape \{ page: landscape; \}/);
    // The portrait page is unchanged.
    expect(css).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm }');
  });

  test('on screen a sheet as wide as A4 landscape; on a phone the table keeps the 225 mm 版心 width and scrolls', () => {
    const screen = css.slice(css.indexOf('@media screen {'));
    expect(screen).toMatch(/\.gw-landscape \{[^}]*width: 297mm;[^}]*padding: 28mm 37mm 26mm 35mm;/);
    const phone = css.slice(css.indexOf('@media screen and (max-width'));
    expect(phone).toContain('.gw-landscape .gw-table { min-width: 225mm; }');
    expect(sections[0]).toContain('<div class="gw-table-wrap">');
  });
});
