// Runs one gongwen command in fresh Node processes (cold: module loading and font parsing
// included) and reports wall time (process start → exit) and peak resident memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const { run } = await import(path.join(root, 'dist/cli/run.js'));
  const io = { out: () => {}, err: (s) => process.stderr.write(s), cwd: root, env: process.env };
  const code = await run(JSON.parse(process.argv[3]), io);
  process.stdout.write(JSON.stringify({ code, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(code);
}

/** `argv(out)` gives the gongwen arguments for a run writing into the temporary folder `out`. */
export function coldRuns(label, runs, argv) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [self, '--child', JSON.stringify(argv(out))], { cwd: root, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    fs.rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) {
      process.stderr.write(r.stderr + r.stdout);
      process.exit(1);
    }
    results.push({ ms, ...JSON.parse(r.stdout) });
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const rss = Math.max(...results.map((r) => r.maxRssMb));
  console.log(`${label}, ${runs} runs: median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms, min ${ms[0].toFixed(0)} ms, max ${ms[ms.length - 1].toFixed(0)} ms; peak RSS ${rss.toFixed(0)} MB`);
}

export function exampleFolders() {
  return fs
    .readdirSync(path.join(root, 'content'))
    .filter((d) => ['index.md', 'manual.md'].some((main) => fs.existsSync(path.join(root, 'content', d, main))))
    .map((d) => `content/${d}`);
}
