#!/usr/bin/env node
// Live preview benchmark: on a copy of the 武进 package, how long from saving a data file to the
// reload event reaching an open page (debounce + rebuild + push), how long the rebuild takes, and,
// when Chromium is installed, how long until a page open in it shows the new body (event, fetch
// and swap included).
// Usage: npm run build && node bench/preview.mjs [saves=10]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../dist/preview/preview-server.js';

const saves = Number(process.argv[2] ?? 10);
const repo = path.join(import.meta.dirname, '..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-preview-'));
const folder = path.join(root, 'wujin-2022-work-points');
fs.cpSync(path.join(repo, 'content/wujin-2022-work-points'), folder, { recursive: true });
fs.cpSync(path.join(repo, 'content/registries'), path.join(root, 'registries'), { recursive: true });

const rebuilds = [];
let started = performance.now();
const preview = await startPreview(folder, { port: 0, onRebuild: (r) => rebuilds.push(r) });
const startMs = performance.now() - started;

// A page's view of the event stream: each message is the newest build's number.
let waiting;
const nextEvent = () => new Promise((resolve) => (waiting = resolve));
const firstEvent = nextEvent();
const stream = http.get(new URL('/__gongwen/events', preview.url), (res) => {
  res.setEncoding('utf8');
  let buffer = '';
  res.on('data', (chunk) => {
    buffer += chunk;
    for (let end; (end = buffer.indexOf('\n\n')) >= 0; buffer = buffer.slice(end + 2)) {
      const data = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
      if (data) waiting?.(Number(data.slice(6)));
    }
  });
});
await firstEvent;

// The page in a browser: every swap of its body is stamped with the wall clock, which Node shares.
const CHROMIUM = '/usr/bin/chromium';
const browser = fs.existsSync(CHROMIUM) ? await (await import('playwright-core')).chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }) : undefined;
const page = await browser?.newPage();
if (page) {
  await page.goto(preview.url);
  await page.evaluate(() => {
    window.swaps = [];
    new MutationObserver(() => window.swaps.push(Date.now())).observe(document.documentElement, { childList: true });
  });
}

const csv = path.join(folder, '达标任务.csv');
const original = fs.readFileSync(csv, 'utf8');
const latencies = [];
const refreshes = [];
for (let i = 1; i <= saves; i++) {
  const event = nextEvent();
  started = performance.now();
  const wall = Date.now();
  fs.writeFileSync(csv, original.replace('湖塘镇,5,', `湖塘镇,${5 + i},`));
  await event;
  latencies.push(performance.now() - started);
  if (page) {
    await page.waitForFunction((n) => window.swaps.length >= n, i);
    refreshes.push((await page.evaluate(() => window.swaps.at(-1))) - wall);
  }
}
await browser?.close();

// A save that leaves the bytes as they were must not rebuild.
const before = rebuilds.length;
fs.writeFileSync(csv, fs.readFileSync(csv));
await new Promise((resolve) => setTimeout(resolve, 300));
const unchangedRebuilt = rebuilds.length !== before;

stream.destroy();
await preview.close();
fs.rmSync(root, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const row = (label, xs) => `${label.padEnd(22)}${median(xs).toFixed(1).padStart(9)}${Math.max(...xs).toFixed(1).padStart(9)}`;
console.log(`gongwen preview, wujin-2022-work-points, ${saves} saves of 达标任务.csv (start: ${startMs.toFixed(0)} ms)`);
console.log(`${''.padEnd(22)}${'median'.padStart(9)}${'max'.padStart(9)}`);
console.log(row('save → event (ms)', latencies));
console.log(row('rebuild (ms)', rebuilds.map((r) => r.ms)));
console.log(refreshes.length ? row('save → page shown (ms)', refreshes) : 'save → page shown: no Chromium at /usr/bin/chromium, not measured');
console.log(`unchanged save: ${unchangedRebuilt ? 'REBUILT' : 'skipped'}`);
