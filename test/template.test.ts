import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ContentError, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { expandTemplate, type ExpandOptions } from '../src/template/expand-template.js';

const REPO_TEMPLATES = path.resolve('templates');
const FIXTURES = path.resolve('test/fixtures/template');

/** Front matter → data; the body starts on the line after the closing `---`. */
function readCase(name: string): { body: string; data: Record<string, unknown>; opts: ExpandOptions } {
  const dir = path.join(FIXTURES, name);
  const text = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${name}/input.md 缺少前言`);
  return {
    body: text.slice(m[0].length),
    data: parseYaml(m[1] ?? '') as Record<string, unknown>,
    opts: { file: `${name}/input.md`, startLine: m[0].split('\n').length, partialDirs: [REPO_TEMPLATES, dir] },
  };
}

function diagnosticsOf(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).diagnostics;
  }
  throw new Error('应当报错，却成功展开了');
}

const inline = (source: string, data: Record<string, unknown> = {}, startLine = 1, partialDirs: string[] = [REPO_TEMPLATES]) =>
  expandTemplate(source, data, { file: 'doc.md', startLine, partialDirs });

describe('fixtures', () => {
  const cases = fs.readdirSync(FIXTURES).filter((n) => fs.statSync(path.join(FIXTURES, n)).isDirectory());
  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const expectedText = path.join(dir, 'expected.md');
    const expectedDiagnostics = path.join(dir, 'expected-diagnostics.json');
    if (fs.existsSync(expectedText)) {
      it(`${name} expands to expected.md`, () => {
        const { body, data, opts } = readCase(name);
        expect(expandTemplate(body, data, opts).text).toBe(fs.readFileSync(expectedText, 'utf8'));
      });
    } else if (fs.existsSync(expectedDiagnostics)) {
      it(`${name} reports expected-diagnostics.json`, () => {
        const { body, data, opts } = readCase(name);
        const expected = JSON.parse(fs.readFileSync(expectedDiagnostics, 'utf8')) as (Omit<Diagnostic, 'message' | 'hint'> & { messageIncludes: string })[];
        const actual = diagnosticsOf(() => expandTemplate(body, data, opts));
        expect(actual.map(({ file, line, column, rule, severity }) => ({ file, line, column, rule, severity }))).toEqual(
          expected.map(({ file, line, column, rule, severity }) => ({ file, line, column, rule, severity })),
        );
        expected.forEach((e, i) => {
          expect(actual[i]?.message).toContain(e.messageIncludes);
          expect(actual[i]?.hint ?? '').not.toBe('');
        });
      });
    }
  }
});

describe('日期', () => {
  it('formats every accepted input without zero padding', () => {
    const data = { a: '2021-03-30', b: '2021年3月30日', c: { year: 2021, month: 3, day: 30 }, d: new Date(Date.UTC(2021, 2, 30)), e: '2021-3-9' };
    const { text } = inline('{{日期 a}}|{{日期 b}}|{{日期 c}}|{{日期 d}}|{{日期 e}}', data);
    expect(text).toBe('2021年3月30日|2021年3月30日|2021年3月30日|2021年3月30日|2021年3月9日');
    expect(text).not.toContain('03月');
  });

  it('rejects a date that does not exist or cannot be read', () => {
    for (const value of ['2021-02-30', '2021/03/30', 12, null]) {
      const [d] = diagnosticsOf(() => inline('成文日期：{{日期 x}}', { x: value }, 7));
      expect(d).toMatchObject({ file: 'doc.md', line: 7, column: 6, rule: 'template-helper-argument', severity: 'error' });
      expect(d?.message).toContain('{{日期 x}}');
    }
  });
});

describe('中文数字', () => {
  it('converts integers via chineseNumeral', () => {
    expect(inline('{{中文数字 12}}、{{中文数字 a}}、{{中文数字 b}}', { a: 105, b: '20' }).text).toBe('十二、一百零五、二十');
  });

  it('rejects what is not an integer from 0 to 9999', () => {
    for (const value of [1.5, -1, 10000, '十二']) {
      const [d] = diagnosticsOf(() => inline('{{中文数字 n}}', { n: value }));
      expect(d?.rule).toBe('template-helper-argument');
    }
  });
});

describe('计数', () => {
  it('counts list items and object fields', () => {
    expect(inline('{{计数 a}}/{{计数 b}}/{{计数 c}}', { a: [1, 2, 3], b: { x: 1, y: 2 }, c: [] }).text).toBe('3/2/0');
  });

  it('rejects text and empty values', () => {
    for (const value of ['甲乙丙', null, 3]) {
      expect(diagnosticsOf(() => inline('{{计数 a}}', { a: value }))[0]?.rule).toBe('template-helper-argument');
    }
  });
});

describe('求和', () => {
  it('sums numbers and a named field, without binary noise', () => {
    const data = { 金额: [0.1, 0.2], 企业: [{ 人数: 12 }, { 人数: 30 }] };
    expect(inline('{{求和 金额}}|{{求和 企业 "人数"}}', data).text).toBe('0.3|42');
  });

  it('names the element that is not a number', () => {
    const [d] = diagnosticsOf(() => inline('\n合计{{求和 金额}}', { 金额: [1, 2, '3万'] }, 20));
    expect(d).toMatchObject({ line: 21, column: 3, rule: 'template-helper-argument' });
    expect(d?.message).toContain('第 3 项');
    expect(d?.message).toContain('3万');
  });

  it('reports an element missing the field, and never reads it from the prototype', () => {
    const [missing] = diagnosticsOf(() => inline('{{求和 企业 "人数"}}', { 企业: [{ 人数: 1 }, { 名称: '乙公司' }] }));
    expect(missing?.message).toContain('第 2 项');
    expect(missing?.message).toContain('乙公司');
    const [proto] = diagnosticsOf(() => inline('{{求和 企业 "constructor"}}', { 企业: [{ 人数: 1 }] }));
    expect(proto?.rule).toBe('template-helper-argument');
  });
});

describe('diagnostics', () => {
  it('places an unknown variable in the original file, past the front matter', () => {
    const source = '第一段。\n\n  签发：{{签发人}}';
    const at1 = diagnosticsOf(() => inline(source, {}, 1));
    const at10 = diagnosticsOf(() => inline(source, {}, 10));
    expect(at1).toEqual([expect.objectContaining({ line: 3, column: 8, rule: 'template-unknown-variable' })]);
    expect(at10[0]).toMatchObject({ file: 'doc.md', line: 12, column: 8 });
    expect(at10[0]?.message).toContain('签发人');
  });

  it('names the full path of a missing nested field', () => {
    const [d] = diagnosticsOf(() => inline('{{机关.全称}}', { 机关: { 简称: '应急局' } }));
    expect(d).toMatchObject({ rule: 'template-unknown-variable', line: 1, column: 3 });
    expect(d?.message).toContain('机关.全称');
  });

  it('reports every unknown helper and partial at once', () => {
    const list = diagnosticsOf(() => inline('{{甲 x}}\n{{> 乙}}\n{{丙 (丁 x)}}', { x: 1 }));
    expect(list.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual([
      'template-unknown-helper@1:1',
      'template-unknown-partial@2:1',
      'template-unknown-helper@3:1',
      'template-unknown-helper@3:5',
    ]);
  });

  it('errors carry no stack trace and are all in Chinese', () => {
    const sources = ['{{x}', '{{未知}}', '{{未知 1}}', '{{> 未知}}', '{{日期 1}}'];
    for (const source of sources) {
      for (const d of diagnosticsOf(() => inline(source))) {
        expect(Object.keys(d).sort()).toEqual(['column', 'file', 'hint', 'line', 'message', 'rule', 'severity']);
        expect(`${d.message}${d.hint}`).not.toMatch(/\bat \S+:\d+|Error|not defined|Parse error/);
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('only reads partials from partialDirs', () => {
    expect(diagnosticsOf(() => inline('{{> 公开发布}}', {}, 1, []))[0]?.rule).toBe('template-unknown-partial');
    expect(inline('{{> 公开发布}}').text).toBe('（此件公开发布）\n');
  });
});

describe('environment', () => {
  it('does not escape HTML: the output is Markdown', () => {
    expect(inline('{{标题}}', { 标题: '<b>A&B</b>' }).text).toBe('<b>A&B</b>');
  });

  it('yields no prototype data through lookups Handlebars resolves at run time', () => {
    const { text } = inline('[{{lookup this "constructor"}}][{{lookup 机关 "__proto__"}}][{{#with 机关}}{{lookup this "toString"}}{{/with}}]', { 机关: { 名称: '甲' } });
    expect(text).toBe('[][][]');
  });

  it('leaves the global Handlebars environment untouched', () => {
    inline('{{日期 d}}', { d: '2021-03-30' });
    expect(Handlebars.helpers['日期']).toBeUndefined();
    expect(Handlebars.helpers['log']).toBeDefined();
  });
});

describe('lineMap', () => {
  it('maps a 3-line partial in the middle to its statement and later lines back to theirs', () => {
    const { body, data, opts } = readCase('linemap');
    expect(opts.startLine).toBe(5);
    const { text, lineMap } = expandTemplate(body, data, opts);
    expect(text).toBe('通知\n第一段。\n第一行\n第二行\n第三行\n第二段。\n- 甲公司\n- 乙公司\n\n结尾。\n');
    expect(lineMap).toEqual([5, 6, 7, 7, 7, 8, 10, 10, 12, 14, 16]);
  });

  it('keeps consecutive standalone partials apart', () => {
    const { lineMap } = inline('A\n{{> 公开发布}}\n{{> 公开发布}}\nB', {}, 3);
    expect(lineMap).toEqual([3, 4, 5, 6]);
  });

  it('maps the lines of a multi-line value and of an indented partial to their statement', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-template-'));
    fs.writeFileSync(path.join(dir, '两行.hbs'), '甲\n乙\n');
    const { text, lineMap } = expandTemplate('首\n{{值}}\n  {{> 两行}}\n尾', { 值: '一\n二' }, { file: 'doc.md', startLine: 1, partialDirs: [dir] });
    expect(text).toBe('首\n一\n二\n  甲\n  乙\n尾');
    expect(lineMap).toEqual([1, 2, 2, 3, 3, 4]);
    expect(text.split('\n')).toHaveLength(lineMap.length);
  });
});

describe('{{核对}} and {{列举}}', () => {
  it('核对 prints the literal and records where it stands, in the document or in a partial', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-partial-'));
    fs.writeFileSync(path.join(dir, '合计.hbs'), '\n共{{核对 7 (求和 企业 "人数")}}人。\n');
    const stated: { stated: number; computed: number; position: { file: string; line: number; column: number } }[] = [];
    const data = { 企业: [{ 人数: 3 }, { 人数: 5 }] };
    const { text } = expandTemplate('第一行\n\n全部{{核对 8 (求和 企业 "人数")}}人。{{> 合计}}', data, { file: 'doc.md', startLine: 4, partialDirs: [dir], stated });
    expect(text).toContain('全部8人。');
    expect(text).toContain('共7人。');
    expect(stated.map((s) => [s.stated, s.computed, s.position.file, s.position.line, s.position.column])).toEqual([
      [8, 8, 'doc.md', 6, 3],
      [7, 8, path.join(dir, '合计.hbs'), 2, 2],
    ]);
  });

  it('列举 writes name and figure per row, joined with 、', () => {
    const data = { 表: { 达标: [{ 板块: '湖塘镇', 重点: 5 }, { 板块: '雪堰镇', 重点: 15 }] } };
    expect(expandTemplate('{{列举 表.达标 "板块" "重点" "家"}}', data, { file: 'doc.md', startLine: 1, partialDirs: [] }).text).toBe('湖塘镇5家、雪堰镇15家');
  });
});
