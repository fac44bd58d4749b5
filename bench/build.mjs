#!/usr/bin/env node
// Cold build benchmark: a fresh Node process builds the given folders (default: every
// example) in all three formats. Usage: npm run build && node bench/build.mjs [runs=5] [folder…]
import { coldRuns, exampleFolders } from './cold.mjs';

const runs = Number(process.argv[2] ?? 5);
const folders = process.argv.slice(3).length ? process.argv.slice(3) : exampleFolders();
coldRuns(`build ${folders.join(' ')} (docx,pdf,html)`, runs, (out) => ['build', ...folders, '--out', out]);
