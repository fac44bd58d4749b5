/** `gongwen new`: blank documents of each kind, last year's notice moved to a new year, and the review list. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildFolder } from '../src/build.js';
import { checkFolder } from '../src/check/check-folder.js';
import { newCommand } from '../src/cli/new.js';
import { advanceYears, KINDS, scaffoldNew, ScaffoldError } from '../src/scaffold/index.js';
import { reviewTasks } from '../src/scaffold/task-review.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';

const repo = path.join(import.meta.dirname, '..');

/** A temp content folder with the registries beside it, as documents refer to ../registries. */
function contentDir(...examples: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-new-'));
  fs.cpSync(path.join(repo, 'content/registries'), path.join(dir, 'registries'), { recursive: true });
  for (const e of examples) fs.cpSync(path.join(repo, 'content', e), path.join(dir, e), { recursive: true });
  return dir;
}

function cli(cwd: string, kind: string, folder: string, opts: { from?: string; year?: string }) {
  let out = '';
  let err = '';
  const code = newCommand(kind, folder, opts, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, env: {} });
  return { code, out, err };
}

const errorsOf = (folder: string) => checkFolder(folder, { templateDirs: [TEMPLATES_DIR] }).diagnostics.filter((d) => d.severity === 'error');

async function buildsHtml(folder: string): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-new-out-'));
  const r = await buildFolder(folder, { formats: ['html'], outDir: out });
  expect(r.files).toHaveLength(1);
  expect(fs.statSync(r.files[0]!).size).toBeGreaterThan(1000);
}

const frontMatter = (file: string): Record<string, unknown> => {
  const m = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'));
  return m ? (parse(m[1]!) as Record<string, unknown>) : {};
};
const lineOf = (file: string, needle: string): number => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('gongwen new <kind> (blank documents)', () => {
  for (const kind of KINDS) {
    test(`${kind}: commented front matter in the given year, checks without errors, builds html`, async () => {
      const dir = contentDir();
      const folder = path.join(dir, `new-${kind}`);
      const r = scaffoldNew(kind, folder, { year: 2031 });
      const main = kind === 'manual' ? 'manual.md' : 'index.md';
      expect(r.written).toContain(main);
      const text = fs.readFileSync(path.join(folder, main), 'utf8');
      expect(text).toMatch(kind === 'manual' ? /# 日期：.*\n日期: 2031年3月/ : /# 成文日期：.*\n成文日期: 2031年3月1日/);
      expect(text).toContain('2031年');
      expect(r.review.some((i) => i.kind === 'fill-in' && i.file === main)).toBe(true);
      expect(errorsOf(folder)).toEqual([]);
      expect(r.checkErrors).toBe(0);
      if (kind === 'manual') {
        expect(r.written).toEqual(expect.arrayContaining(['01-概述.md', '02-隐患图鉴.md', '图鉴.yaml', 'images/说明.txt']));
        expect(text).toContain('标准库: ../registries/standards.yaml');
      }
      await buildsHtml(folder);
      if (kind === 'task-list' || kind === 'rubric') expect(fs.readFileSync(path.join(folder, 'tasks.yaml'), 'utf8')).toContain(kind === 'rubric' ? '考核细则:' : '时限: 2031年6月底');
    });
  }

  test('an unknown kind or year is refused in Chinese', () => {
    const dir = contentDir();
    expect(() => scaffoldNew('memo', path.join(dir, 'x'))).toThrow(/不认识的文件种类“memo”/);
    const r = cli(dir, 'notice', 'x', { year: '23' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('--year 写四位数的年份');
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });
});

describe('gongwen new notice --from last year', () => {
  // The 武进 example plus what it lacks: an own 发文字号, standard codes and a count that looks like a year.
  function wujin() {
    const dir = contentDir('wujin-2022-work-points');
    const index = path.join(dir, 'wujin-2022-work-points/index.md');
    const text = fs.readFileSync(index, 'utf8');
    fs.writeFileSync(
      index,
      text.replace('发文机关标志: 常州市武进区应急管理局文件\n', '发文机关标志: 常州市武进区应急管理局文件\n发文字号: 武应急〔2022〕15号\n') +
        '\n培训机构按《安全培训机构条件规范》（DB32/T 3250—2017）自查，有限空间作业执行GB 8958—2006，全区2022家企业参加。\n',
    );
    return dir;
  }

  test('moves the document’s own years and dates, leaves codes and cited 文号, and the result checks and builds', async () => {
    const dir = wujin();
    const r = cli(dir, 'notice', 'wujin-2023-work-points', { from: 'wujin-2022-work-points', year: '2023' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const from = path.join(dir, 'wujin-2022-work-points');
    const to = path.join(dir, 'wujin-2023-work-points');
    expect(fs.readdirSync(to).sort()).toEqual(fs.readdirSync(from).sort());

    // Front matter: every date a year later, same month and day; titles without last year.
    for (const file of fs.readdirSync(to).filter((f) => f.endsWith('.md'))) {
      const [before, after] = [frontMatter(path.join(from, file)), frontMatter(path.join(to, file))];
      for (const key of ['成文日期', '印发日期']) {
        if (before[key] === undefined) continue;
        expect(after[key], `${file} ${key}`).toBe(String(before[key]).replace('2022年', '2023年'));
      }
      const titles = [after.标题, ...((after.附件 as { 标题: string }[] | undefined) ?? []).map((a) => a.标题)].flat().join('');
      expect(titles, file).not.toContain('2022');
    }
    expect(frontMatter(path.join(to, 'index.md')).年度).toBe(2023);
    expect(frontMatter(path.join(to, 'index.md')).标题).toEqual(['关于印发《2023年武进区冶金等工贸行业', '安全生产工作要点》的通知']);

    const index = fs.readFileSync(path.join(to, 'index.md'), 'utf8');
    expect(index).toContain('# 发文字号: 武应急〔2023〕□号');
    expect(index).not.toContain('武应急〔2022〕15号');
    expect(index).toContain('（DB32/T 3250—2017）');
    expect(index).toContain('GB 8958—2006');
    expect(index).toContain('全区2022家企业');
    expect(index).toContain('现将《2023年武进区冶金等工贸行业安全生产工作要点》印发给你们');

    const points = fs.readFileSync(path.join(to, '工作要点.md'), 'utf8');
    expect(points).toContain('确保2023年重点工作有落实');
    expect(points).toContain('在2022年10月底集中销号'); // 2021 in a 2022 notice moves too
    expect(points).toContain('确保2023年底前，全区重点监管领域企业');
    expect(points).toContain('2024年底前，全区非重点监管领域');
    for (const cited of ['武应急函〔2022〕2号', '武应急发〔2021〕47号', '常安监〔2018〕45号', '常安办〔2021〕62号']) expect(points).toContain(cited);
    expect(fs.readFileSync(path.join(to, '附件6-达标企业创建.md'), 'utf8')).toContain('值: 2023年底前开展100%');
    // Every 2022年 left is a 2021年 moved on: the example cites no older document by a title with a year.
    const count = (file: string, re: RegExp) => fs.readFileSync(file, 'utf8').match(re)?.length ?? 0;
    for (const file of fs.readdirSync(to)) expect(count(path.join(to, file), /2022\s*年/g), file).toBe(count(path.join(from, file), /2021\s*年/g));
    // Binary-safe: data files copied byte for byte when they have no year.
    expect(fs.readFileSync(path.join(to, '接入企业.csv')).equals(fs.readFileSync(path.join(from, '接入企业.csv')))).toBe(true);

    // The review list: file:line for moved dates, the cleared 文号, cited 文号, data tables, the check.
    const shown = 'wujin-2023-work-points/';
    expect(r.out).toContain(`${shown}index.md:${lineOf(path.join(to, 'index.md'), '成文日期:')}  2022年2月18日 → 2023年2月18日`);
    expect(r.out).toContain(`${shown}index.md:${lineOf(path.join(to, 'index.md'), '# 发文字号:')}  原发文字号“武应急〔2022〕15号”的序号已清除`);
    expect(r.out).toContain(`${shown}工作要点.md:${lineOf(path.join(to, '工作要点.md'), '武应急函〔2022〕2号')}  武应急函〔2022〕2号：引用的是已有文件，未改`);
    expect(r.out).toContain(`${shown}达标任务.csv  表中的数字还是去年的`);
    expect(r.out).toContain('【检查结果（gongwen check）】\n  未发现问题。');

    expect(errorsOf(to)).toEqual([]);
    await buildsHtml(to);
  });

  test('refuses to write into an existing folder and leaves it as it was', () => {
    const dir = wujin();
    expect(cli(dir, 'notice', 'wujin-2023-work-points', { from: 'wujin-2022-work-points', year: '2023' }).code).toBe(0);
    const index = path.join(dir, 'wujin-2023-work-points/index.md');
    fs.writeFileSync(index, '办事员改过的内容');
    const again = cli(dir, 'notice', 'wujin-2023-work-points', { from: 'wujin-2022-work-points', year: '2023' });
    expect(again.code).toBe(1);
    expect(again.err).toContain('“wujin-2023-work-points”已经存在，gongwen new 不会覆盖已有的文件夹');
    expect(fs.readFileSync(index, 'utf8')).toBe('办事员改过的内容');
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(() => scaffoldNew('notice', path.join(dir, 'empty'))).toThrow(ScaffoldError);
    expect(fs.readdirSync(path.join(dir, 'empty'))).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('the 新北 task list moves to 2022 and still checks and builds; a cited title keeps its year', async () => {
    const dir = contentDir('xinbei-2021-task-list');
    const r = cli(dir, 'task-list', 'xinbei-2022-task-list', { from: 'xinbei-2021-task-list' });
    expect(r.code).toBe(0);
    const to = path.join(dir, 'xinbei-2022-task-list');
    const tasks = fs.readFileSync(path.join(to, 'tasks.yaml'), 'utf8');
    expect(tasks).toContain('时限: 2022年6月底完成，并持续推进');
    expect(tasks).toContain('时限: 2025年底'); // not within a year of 2021
    expect(tasks).toContain('《江苏省化工产业结构调整限制、淘汰和禁止目录（2020年本）》');
    expect(tasks).toContain('《省应急管理厅关于印发2021年全省冶金等工贸行业安全监管工作要点的通知》');
    expect(r.out).toMatch(/xinbei-2022-task-list\/tasks\.yaml:\d+ {2}《省应急管理厅关于印发2021年全省冶金等工贸行业安全监管工作要点的通知》：引用的文件名称，年份未改/);
    expect(r.out).toContain('原文没有发文字号');
    expect(errorsOf(to)).toEqual([]);
    await buildsHtml(to);
  });

  test('a manual is refused as a notice source', () => {
    const dir = contentDir();
    scaffoldNew('manual', path.join(dir, 'm-2030'), { year: 2030 });
    const r = cli(dir, 'notice', 'm-2031', { from: 'm-2030' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('“m-2030”是手册，种类应写 manual');
  });
});

describe('advanceYears', () => {
  test('moves years in context only; clamps 2月29日; keeps codes, cited 文号 and cited titles', () => {
    const own = new Set(['2024年全区工作要点']);
    const text = [
      '成文日期: 2024年2月29日',
      '年度: 2024',
      '印发 2024-02-29，2023年底完成，2020年的成果，2024—2025年，2024家企业。',
      '依据 GB 8958—2024 和 DB32/T 3250—2023，武应急函〔2024〕2号，〔2024〕年度。',
      '《2024年全区工作要点》与《2023年全省工作要点》。',
    ].join('\n');
    const r = advanceYears(text, 2024, 2025, own);
    expect(r.text.split('\n')).toEqual([
      '成文日期: 2025年2月28日',
      '年度: 2025',
      '印发 2025-02-28，2024年底完成，2020年的成果，2025—2026年，2024家企业。',
      '依据 GB 8958—2024 和 DB32/T 3250—2023，武应急函〔2024〕2号，〔2025〕年度。',
      '《2025年全区工作要点》与《2023年全省工作要点》。',
    ]);
    expect(r.clamped).toEqual([
      { line: 1, before: '2024年2月29日', after: '2025年2月28日' },
      { line: 3, before: '2024-02-29', after: '2025-02-28' },
    ]);
    expect(r.changes).toContainEqual({ line: 3, before: '2023年底', after: '2024年底' });
    expect(r.citedNumbers).toEqual([{ line: 4, text: '武应急函〔2024〕2号' }]);
    expect(r.citedTitles).toEqual([{ line: 5, text: '《2023年全省工作要点》' }]);
  });
});

describe('reviewTasks', () => {
  test('lists a 时限 not after the new 成文日期 and a task marked 已完成', () => {
    const yaml = ['任务:', '  - 编号: 1', '    时限: 3月15日前', '  - 编号: 2', '    时限: 6月底前', '  - 编号: 3', '    任务: 平台已完成建设', '    时限: 全年'].join('\n');
    const items = reviewTasks(yaml, 'tasks.yaml', { year: 2023, month: 3, day: 20 }, 2023);
    expect(items.map((i) => [i.line, i.text.slice(0, 12)])).toEqual([
      [3, '任务1的时限“3月15日'],
      [6, '任务3写着“已完成”：去'],
    ]);
  });
});
