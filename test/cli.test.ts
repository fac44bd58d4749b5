/** The CLI through its injected io: exit codes, messages, atomic and byte-identical output. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';

const repo = path.join(import.meta.dirname, '..');
const example = 'content/taicang-2021-work-points';

async function gongwen(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd: repo, env: {} });
  return { code, out, err };
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
const listFiles = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('gongwen build', () => {
  test('writes the three formats, names every font substitution, leaves no temporary file', async () => {
    const out = tmp();
    const r = await gongwen('build', example, '--out', out, '--no-system-fonts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('已生成 taicang-2021-work-points');
    expect(r.out).toContain('仿宋_GB2312 未找到，PDF 中以 Noto Serif SC Regular 代替');
    expect(listFiles(out)).toEqual([
      'taicang-2021-work-points',
      'taicang-2021-work-points/taicang-2021-work-points.docx',
      'taicang-2021-work-points/taicang-2021-work-points.html',
      'taicang-2021-work-points/taicang-2021-work-points.pdf',
    ]);
  });

  test('the compiled CLI lays out the PDF on a worker thread, byte-identical to the in-process build', async () => {
    // dist/ is compiled by `npm ci` (prepare); vitest runs the sources, where no worker starts.
    expect(fs.existsSync(path.join(repo, 'dist/render/pdf/worker.js'))).toBe(true);
    const [inProcess, compiled] = [tmp(), tmp()];
    await gongwen('build', example, '--out', inProcess, '--no-system-fonts', '--format', 'pdf,docx');
    execFileSync(process.execPath, [path.join(repo, 'bin/gongwen'), 'build', example, '--out', compiled, '--no-system-fonts', '--format', 'pdf,docx'], { cwd: repo, stdio: 'ignore' });
    for (const ext of ['pdf', 'docx']) {
      const rel = `taicang-2021-work-points/taicang-2021-work-points.${ext}`;
      expect(fs.readFileSync(path.join(compiled, rel)).equals(fs.readFileSync(path.join(inProcess, rel))), ext).toBe(true);
    }
  }, 60_000);

  test('the same input gives byte-identical files in every format', async () => {
    const [a, b] = [tmp(), tmp()];
    await gongwen('build', example, '--out', a, '--no-system-fonts');
    await gongwen('build', example, '--out', b, '--no-system-fonts');
    for (const ext of ['docx', 'pdf', 'html']) {
      const rel = `taicang-2021-work-points/taicang-2021-work-points.${ext}`;
      expect(fs.readFileSync(path.join(a, rel)).equals(fs.readFileSync(path.join(b, rel))), ext).toBe(true);
    }
  });

  test('bad input: exit 1, located Chinese diagnostics, nothing written', async () => {
    const out = tmp();
    const r = await gongwen('build', 'test/fixtures/content/zero-padded-date', '--out', out, '--format', 'pdf');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/test\/fixtures\/content\/zero-padded-date\/index\.md:6:7 {2}错误 {2}日期“2021年03月30日”的月或日前补了 0.*\[schema\]/);
    expect(r.err).toContain('写成 2021年3月30日。');
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(listFiles(out)).toEqual([]);
  });

  test('a folder of documents builds each subfolder that has an index.md', async () => {
    const out = tmp();
    const r = await gongwen('build', 'content', '--out', out, '--format', 'html');
    expect(r.code).toBe(0);
    expect(listFiles(out)).toContain('taicang-2021-work-points/taicang-2021-work-points.html');
  });

  test('several folders end with a summary table; progress only on a terminal', async () => {
    const bad = tmp();
    fs.cpSync(path.join(repo, example), path.join(bad, 'broken'), { recursive: true });
    const index = path.join(bad, 'broken', 'index.md');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('成文日期: 2021年3月30日', '成文日期: 2021年03月30日'));
    const folders = [example, 'content/changzhou-2022-letter', path.relative(repo, path.join(bad, 'broken'))];
    const quiet = await gongwen('build', ...folders, '--out', tmp(), '--format', 'pdf', '--no-system-fonts');
    expect(quiet.code).toBe(1);
    const table = quiet.out.slice(quiet.out.indexOf('文档')).trim().split('\n');
    expect(table[0]).toMatch(/^文档\s+生成\s+页数\s+警告\s+错误\s+替代字体$/);
    expect(table.slice(2).map((l) => l.split(/\s{2,}/))).toEqual([
      ['taicang-2021-work-points', 'pdf', '10', '0', '0', '6'],
      ['changzhou-2022-letter', 'pdf', '6', '0', '0', '6'],
      ['broken', '未生成', '-', '0', '1', '-'],
    ]);
    expect(quiet.err).not.toContain('正在生成');
    let err = '';
    await run(['build', ...folders.slice(0, 2), '--out', tmp(), '--format', 'html'], { out: () => {}, err: (s) => void (err += s), cwd: repo, env: {}, tty: true });
    expect(err).toContain(`[2/2] 正在生成 content/changzhou-2022-letter`);
  });

  test('an unknown format is refused with the list of formats', async () => {
    const r = await gongwen('build', example, '--format', 'pdf,odt', '--out', tmp());
    expect(r.code).toBe(1);
    expect(r.err).toContain('不认识的输出格式：odt');
  });

  test('a folder without index.md is a content error, not a crash', async () => {
    const r = await gongwen('build', 'templates', '--out', tmp());
    expect(r.code).toBe(1);
    expect(r.err).toContain('文件夹里没有 index.md');
  });
});

describe('gongwen fonts', () => {
  test('lists every role with the file it resolves to', async () => {
    const r = await gongwen('fonts', '--no-system-fonts');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^小标宋.*方正小标宋简体\t未找到，以 Noto Serif SC Bold 代替\t.*NotoSerifSC_700Bold\.ttf$/);
  });

  test('a configured folder is searched first', async () => {
    const dir = tmp();
    const noto = path.join(repo, 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
    fs.copyFileSync(noto, path.join(dir, 'simhei.ttf'));
    const r = await gongwen('fonts', '--no-system-fonts', '--fonts-dir', dir);
    expect(r.out).toMatch(/黑体（一级标题、附件标识）\t黑体\t已找到\t.*simhei\.ttf/);
  });
});

describe('gongwen check', () => {
  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-check-cli-'));
  // The 14 vs 20 disagreement of the 武进 seed, in an otherwise clean copy of the example.
  fs.cpSync(path.join(repo, 'content'), fixture, { recursive: true });
  const bad = path.join(fixture, 'wujin-2022-work-points');
  // The 标杆 task's measure, which the body quotes with {{任务 18 "举措"}}.
  const text = fs.readFileSync(path.join(bad, 'tasks.yaml'), 'utf8');
  fs.writeFileSync(path.join(bad, 'tasks.yaml'), text.replace('不少于{{求和 表.达标任务 "标杆"}}家', '不少于{{核对 14 (求和 表.达标任务 "标杆")}}家'));

  test('prints [] for the examples written by the bureau, and exits 0 on a warning alone', async () => {
    const own = ['content/wujin-2022-work-points', 'content/taicang-2021-work-points', 'content/changzhou-2022-letter', 'content/wujin-2022-joint-report', 'content/wujin-2022-meeting-minutes', 'content/xinbei-2021-task-list'];
    const clean = await gongwen('check', ...own, '--format', 'json');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toEqual([]);
    // The 金坛 notice forwards a text whose deadline falls on the forwarding day: a warning, not an error.
    const all = await gongwen('check', 'content', '--format', 'json');
    expect(all.code).toBe(0);
    expect((JSON.parse(all.out) as { rule: string; severity: string }[]).map((d) => `${d.rule}:${d.severity}`)).toEqual(['deadline-date:warning']);
  });

  test('lists problems as file:line:col  级别  message  [rule] and exits 1', async () => {
    const r = await gongwen('check', path.relative(repo, bad));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/tasks\.yaml:\d+:\d+ {2}错误 {2}这里写的是 14，按数据算是 20。 {2}\[stated-quantity\]/);
    expect(r.out).toContain('共 1 处错误、0 处警告。');
  });

  test('JSON output carries file, line, column, rule, severity, message and hint', async () => {
    const r = await gongwen('check', path.relative(repo, bad), '--format', 'json');
    const [d] = JSON.parse(r.out) as Record<string, unknown>[];
    expect(Object.keys(d!).sort()).toEqual(['column', 'file', 'hint', 'line', 'message', 'rule', 'severity']);
  });

  test('build refuses to write when check finds an error, and --force overrides', async () => {
    const out = tmp();
    const refused = await gongwen('build', path.relative(repo, bad), '--out', out, '--format', 'html');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('未生成任何文件');
    expect(listFiles(out)).toEqual([]);
    const forced = await gongwen('build', path.relative(repo, bad), '--out', out, '--format', 'html', '--force');
    expect(forced.code).toBe(0);
    expect(listFiles(out)).toContain('wujin-2022-work-points/wujin-2022-work-points.html');
  });

  test('--rules lists every rule with its description', async () => {
    const r = await gongwen('check', '--rules');
    expect(r.out).toMatch(/^attachment-title\s+错误\s+附件页上的标题/m);
    expect(r.out.trim().split('\n').length).toBeGreaterThanOrEqual(17);
  });
});

describe('gongwen schema', () => {
  test('writes a JSON Schema per kind of file, and the VS Code setting points at files that exist', async () => {
    const out = tmp();
    const r = await gongwen('schema', '--out', out);
    expect(r.code).toBe(0);
    const setting = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { 'yaml.schemas': Record<string, string> };
    const mapped = Object.entries(setting['yaml.schemas']);
    expect(mapped.map(([, glob]) => glob)).toContain('content/**/tasks.yaml');
    for (const [file] of mapped) expect(fs.existsSync(path.resolve(repo, file))).toBe(true);
    // The published shape is the loader's: the same fields, unknown ones refused.
    const tasks = JSON.parse(fs.readFileSync(path.join(out, 'tasks.schema.json'), 'utf8'));
    const row = tasks.properties['任务'].items;
    expect(Object.keys(row.properties)).toEqual(['编号', '领域', '任务', '举措', '牵头', '配合', '责任单位', '时限', '考核要求']);
    expect(row.additionalProperties).toBe(false);
    // Hover help in the editor, in the clerk's words.
    expect(row.properties['时限'].description).toContain('完成时限');
    const entries = JSON.parse(fs.readFileSync(path.join(out, 'entries.schema.json'), 'utf8'));
    expect(entries.properties['条目'].items.properties['规范标准'].items.properties['标准'].description).toContain('标准库');
    const notice = JSON.parse(fs.readFileSync(path.join(out, 'notice.schema.json'), 'utf8'));
    expect(notice.properties['格式'].enum).toEqual(['文件', '信函', '纪要']);
    expect(notice.title).toBe('公文 index.md 的前置数据');
  });
});
