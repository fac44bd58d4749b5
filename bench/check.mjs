#!/usr/bin/env node
// Cold check benchmark: a fresh Node process runs `gongwen check` on every example.
// Usage: npm run build && node bench/check.mjs [runs=5]
import { coldRuns, exampleFolders } from './cold.mjs';

const runs = Number(process.argv[2] ?? 5);
const folders = exampleFolders();
coldRuns(`check ${folders.join(' ')}`, runs, () => ['check', ...folders, '--format', 'json']);
