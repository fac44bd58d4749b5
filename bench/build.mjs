#!/usr/bin/env node
// Cold build benchmark: each run is a fresh Node process that builds the examples in all
// three formats. Prints wall time (process start → exit) and peak resident memory.
// Usage: npm run build && node bench/build.mjs [runs=5] [folder…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--child') {
  const { run } = await import(path.join(root, 'dist/cli/run.js'));
  const io = { out: () => {}, err: (s) => process.stderr.write(s), cwd: root, env: process.env };
  const code = await run(['build', ...process.argv.slice(4), '--out', process.argv[3]], io);
  process.stdout.write(JSON.stringify({ code, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(code);
}

const runs = Number(process.argv[2] ?? 5);
const folders = process.argv.slice(3).length
  ? process.argv.slice(3)
  : fs.readdirSync(path.join(root, 'content')).filter((d) => fs.existsSync(path.join(root, 'content', d, 'index.md'))).map((d) => `content/${d}`);
const results = [];
for (let i = 0; i < runs; i++) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', out, ...folders], { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  results.push({ ms, ...JSON.parse(r.stdout) });
}
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
const rss = Math.max(...results.map((r) => r.maxRssMb));
console.log(`folders: ${folders.join(', ')}`);
console.log(`cold build (docx,pdf,html), ${runs} runs: median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms, min ${ms[0].toFixed(0)} ms, max ${ms[ms.length - 1].toFixed(0)} ms; peak RSS ${rss.toFixed(0)} MB`);
