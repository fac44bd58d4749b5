import { describe, expect, it } from 'vitest';
import type { CellAlign, FontRole, OfficialDocument, Table } from '../src/ir/types.js';
import { cssFontStacks, gridMetrics, profile, type Profile } from '../src/layout/gbt9704.js';
import { buildHtml } from '../src/render/html/build.js';
import { cell, formTable, longTable, targetTable } from './support/sample-tables.js';
import { sampleDocument } from './support/sample-document.js';

const withTables = (body: Table[], attachment: Table[] = []): OfficialDocument => {
  const doc = sampleDocument();
  doc.body.splice(3, 0, ...body);
  doc.attachments[1]!.body = attachment;
  return doc;
};

/** Inner HTML of every element with this tag (the tag does not nest in our output). */
const elements = (html: string, tag: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
/** Whole start tags, e.g. '<td rowspan="4">'. */
const startTags = (html: string, tag: string): string[] => html.match(new RegExp(`<${tag}(?:\\s[^>]*)?>`, 'g')) ?? [];
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const cssOf = (html: string): string => elements(html, 'style')[0]!;
const withoutStyle = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '');
const tables = (html: string): string[] => elements(withoutStyle(html), 'table');

/** Per row: each cell as tag[rowspan×colspan]. */
const shape = (table: string): string[][] =>
  elements(table, 'tr').map((tr) =>
    [...tr.matchAll(/<(th|td)(\s[^>]*)?>/g)].map((m) => `${m[1]}${attr(m[0], 'rowspan') ?? 1}×${attr(m[0], 'colspan') ?? 1}`),
  );

describe('HTML 表格结构', () => {
  const html = buildHtml(withTables([targetTable()]));
  const table = tables(html)[0]!;

  it('is one table of class gw-table inside a scrolling wrapper', () => {
    expect(tables(html)).toHaveLength(1);
    expect(withoutStyle(html)).toMatch(/<div class="gw-table-wrap">\n<table class="gw-table">\n<colgroup>/);
  });

  it('has a colgroup in the model proportions, in percent', () => {
    const weights = targetTable().columnWidths;
    const sum = weights.reduce((a, b) => a + b, 0);
    const cols = startTags(elements(table, 'colgroup')[0]!, 'col').map((c) => Number(/width: ([\d.]+)%/.exec(c)![1]));
    expect(cols).toHaveLength(weights.length);
    cols.forEach((w, i) => expect(w).toBeCloseTo((weights[i]! / sum) * 100, 2));
    expect(cols.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
  });

  it('puts the header rows in thead as th scope=col, body and total rows in tbody as td', () => {
    const thead = elements(table, 'thead');
    expect(thead).toHaveLength(1);
    expect(elements(thead[0]!, 'tr')).toHaveLength(3);
    expect(startTags(thead[0]!, 'td')).toEqual([]);
    for (const th of startTags(thead[0]!, 'th')) expect(attr(th, 'scope')).toBe('col');
    const tbody = elements(table, 'tbody');
    expect(tbody).toHaveLength(1);
    expect(elements(tbody[0]!, 'tr')).toHaveLength(5);
    expect(startTags(tbody[0]!, 'th')).toEqual([]);
  });

  it('carries rowspan and colspan as in the model, and only above 1', () => {
    expect(shape(table)).toEqual([
      ['th3×1', 'th1×2', 'th1×2', 'th1×4'],
      ['th2×1', 'th2×1', 'th2×1', 'th2×1', 'th2×1', 'th2×1', 'th1×2'],
      ['th1×1', 'th1×1'],
      ['td1×1', 'td4×1', 'td4×1', 'td4×1', 'td4×1', 'td1×1', 'td1×1', 'td1×1', 'td1×1'],
      ['td1×1', 'td1×1', 'td1×1', 'td1×1', 'td1×1'],
      ['td1×1', 'td1×1', 'td1×1', 'td1×1', 'td1×1'],
      ['td1×1', 'td1×1', 'td1×1', 'td1×1', 'td1×1'],
      ['td1×1', 'td1×4', 'td1×1', 'td1×1', 'td1×1', 'td1×1'],
    ]);
    expect(table).not.toMatch(/(rowspan|colspan)="1"/);
  });

  it('marks the total row gw-total and no other', () => {
    const rows = startTags(table, 'tr');
    expect(rows.filter((r) => r.includes('gw-total'))).toEqual(['<tr class="gw-total">']);
    expect(elements(table, 'tr').at(-1)).toMatch(/^<td>武进区<\/td><td colspan="4"><\/td><td>13<\/td>/);
  });

  it('sets a multi-paragraph cell as <p>s, a one-paragraph cell as text, a blank cell empty', () => {
    expect(table).toContain('<th scope="col" rowspan="3"><p>乡镇板块</p><p>工作任务</p></th>');
    expect(table).toContain('<th scope="col" colspan="2">开展任务</th>');
    expect(table).toContain('<td>嘉泽镇</td><td>2</td><td>2</td><td>1</td><td></td>');
  });

  it('gives alignment as a class: left and right, centred by default', () => {
    const t = longTable(2);
    t.rows[1]!.cells[0]!.align = 'right';
    const long = tables(buildHtml(withTables([t])))[0]!;
    expect(elements(long, 'tr')[1]).toMatch(/^<td class="gw-right">1<\/td><td class="gw-left">常州市第1号金属制品有限公司<\/td><td class="gw-left">/);
    expect(elements(long, 'tr')[0]).toBe('<th scope="col">序号</th><th scope="col">企业名称</th><th scope="col">试点工作任务</th>');
    expect(long).not.toContain('style="text-align');
  });

  it('gives minLines rows a height class, and the stylesheet a rule for each count used', () => {
    const doc = withTables([], [formTable()]);
    const out = buildHtml(doc);
    const rows = startTags(tables(out)[0]!, 'tr');
    expect(rows.map((r) => attr(r, 'class') ?? '')).toEqual(formTable().rows.map((r) => (r.minLines ? `gw-lines-${r.minLines}` : '')));
    const pitch = gridMetrics().linePitch;
    expect(cssOf(out)).toContain(`.gw-table .gw-lines-3 > td { height: ${Number((3 * pitch).toFixed(3))}pt; }`);
    expect(cssOf(html)).not.toContain('gw-lines-');
  });

  it('renders tables in attachments too', () => {
    const out = withoutStyle(buildHtml(withTables([], [longTable(3)])));
    const section = elements(out, 'section')[1]!;
    expect(tables(section)).toHaveLength(1);
    expect(elements(tables(section)[0]!, 'tr')).toHaveLength(4);
  });
});

describe('HTML 表格 escaping', () => {
  const evil = '<script>alert(1)</script>';
  const t = targetTable();
  t.rows[3]!.cells[0] = cell(evil);
  t.rows[0]!.cells[1]!.paragraphs = [[{ type: 'text', text: evil, role: 'heiti" onclick="x' as FontRole, position: t.position }], [{ type: 'text', text: `"'&=\``, position: t.position }]];
  t.rows[4]!.cells[0]!.rowSpan = '2" onmouseover="x' as unknown as number;
  t.rows[4]!.cells[1]!.colSpan = Number.NaN;
  t.rows[5]!.cells[0]!.align = 'left" onclick="x' as CellAlign;
  t.rows[6]!.minLines = '3 gw-x" onclick="y' as unknown as number;
  t.columnWidths[0] = '1%; background: url(x)' as unknown as number;
  const html = buildHtml(withTables([t]));
  const out = withoutStyle(html);

  it('escapes cell text', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(out).toContain('<p>&quot;&#39;&amp;&#61;&#96;</p>');
  });

  it('lets no attribute, class, style or handler through from the model', () => {
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toContain('url(');
    expect(out).not.toContain('gw-x');
    const table = tables(html)[0]!;
    expect(table).not.toContain('gw-f-');
    const rows = elements(table, 'tr');
    expect(rows[4]).toMatch(/^<td>湖塘镇<\/td><td>5<\/td>/);
    expect(rows[5]).toMatch(/^<td>湟里镇<\/td>/);
    expect(startTags(table, 'tr')[6]).toBe('<tr>');
    expect(startTags(table, 'col')[0]).toBe('<col style="width: 0%">');
  });
});

describe('HTML 表格 CSS', () => {
  const css = cssOf(buildHtml(withTables([targetTable()])));
  const t = profile.table;

  it('takes the full block width in fixed, collapsed columns, with the profile rules and size', () => {
    expect(css).toContain(
      `.gw-table { width: 100%; table-layout: fixed; border-collapse: collapse; border: ${t.borderPt}pt solid ${profile.colors.black}; font-family: ${cssFontStacks[t.role]}; font-size: ${t.size}pt; }`,
    );
    expect(css).toContain(`.gw-table th, .gw-table td { border: ${t.borderPt}pt solid #000000; padding: 0 ${t.paddingMm}mm; vertical-align: middle; text-align: center; font-weight: normal; }`);
    // Literal too, so a typo in the profile is caught.
    expect(css).toContain('border: 0.5pt solid #000000; font-family: "Times New Roman", "仿宋_GB2312"');
    expect(css).toMatch(/\.gw-table \{[^}]*font-size: 14pt; \}/);
  });

  it('sets header and total rows in the header role font, and alignment classes', () => {
    expect(css).toContain(`.gw-table thead, .gw-table .gw-total { font-family: ${cssFontStacks[t.headerRole]}; }`);
    expect(css).toContain('.gw-table .gw-left { text-align: left; }');
    expect(css).toContain('.gw-table .gw-right { text-align: right; }');
    // Paragraphs in cells lose the body's indent and squeeze.
    expect(css).toContain('main .gw-table p { text-indent: 0; text-align: inherit; letter-spacing: normal; }');
  });

  it('repeats the header when printed and keeps rows whole, but those starting a rowspan', () => {
    expect(css).toContain('.gw-table thead { display: table-header-group; }');
    expect(css).toContain('.gw-table tr:not(:has(> [rowspan])) { break-inside: avoid; }');
  });

  it('scrolls on screen only, and keeps the printed width on a narrow screen', () => {
    const screen = /@media screen \{([\s\S]*?)\n\}/.exec(css)![1]!;
    expect(screen).toContain('.gw-table-wrap { overflow-x: auto; }');
    expect(css.replace(/@media[^{]*\{[\s\S]*?\n\}/g, '')).not.toContain('overflow-x');
    const narrow = new RegExp(`@media screen and \\(max-width: ${profile.page.widthMm}mm\\) \\{([\\s\\S]*?)\\n\\}`).exec(css)![1]!;
    expect(narrow).toContain(`.gw-table { min-width: ${profile.block.widthMm}mm; }`);
  });

  it('follows a changed profile', () => {
    const p = structuredClone(profile) as unknown as { table: { borderPt: number; size: number; paddingMm: number; headerRole: FontRole } };
    p.table.borderPt = 0.75;
    p.table.size = 12;
    p.table.paddingMm = 1.5;
    p.table.headerRole = 'kaiti';
    const custom = cssOf(buildHtml(withTables([targetTable()]), { profile: p as unknown as Profile }));
    expect(custom).toMatch(/\.gw-table \{[^}]*border: 0\.75pt solid #000000;[^}]*font-size: 12pt; \}/);
    expect(custom).toContain('padding: 0 1.5mm;');
    expect(custom).toContain(`.gw-table thead, .gw-table .gw-total { font-family: ${cssFontStacks.kaiti}; }`);
  });
});
