/**
 * Checker fixtures in the style of markdownlint's test files: each folder under
 * test/fixtures/check is a document holding real mistakes, and every line that must be
 * reported ends with `<!-- 预期: rule-id … -->`. The markers are stripped before checking,
 * so the document checked is exactly the uncorrected text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import { rules } from '../src/check/rules/index.js';
import { manualRules } from '../src/check/rules/manual-index.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';

const root = path.join(import.meta.dirname, 'fixtures', 'check');
const registries = path.join(import.meta.dirname, '..', 'content', 'registries');
const MARKER = /[ \t]*<!-- 预期: ([^>]*?) -->/;
const cases = fs.readdirSync(root).filter((c) => fs.statSync(path.join(root, c)).isDirectory());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-check-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
fs.cpSync(registries, path.join(tmp, 'registries'), { recursive: true });

const TEXT = /\.(md|ya?ml|csv)$/;

/** Copies a fixture without its markers and returns the expected `file:line rule` entries; images are copied as they are. */
function prepare(c: string): string[] {
  const expected: string[] = [];
  fs.mkdirSync(path.join(tmp, c));
  for (const name of fs.readdirSync(path.join(root, c), { recursive: true, encoding: 'utf8' }).sort()) {
    const from = path.join(root, c, name);
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(path.join(tmp, c, name), { recursive: true });
      continue;
    }
    if (!TEXT.test(name)) {
      fs.copyFileSync(from, path.join(tmp, c, name));
      continue;
    }
    const lines = fs.readFileSync(from, 'utf8').split('\n');
    const clean = lines.map((line, i) => {
      const m = MARKER.exec(line);
      if (!m) return line;
      for (const rule of m[1]!.trim().split(/\s+/)) expected.push(`${c}/${name}:${i + 1} ${rule}`);
      return line.replace(MARKER, '');
    });
    fs.writeFileSync(path.join(tmp, c, name), clean.join('\n'));
  }
  return expected.sort();
}

const results = new Map<string, string[]>();

describe('check reports every marked mistake at its line, and nothing else', () => {
  for (const c of cases) {
    test(c, () => {
      const expected = prepare(c);
      const { diagnostics } = checkFolder(path.join(tmp, c), { displayRoot: tmp, templateDirs: [TEMPLATES_DIR] });
      const actual = diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`).sort();
      results.set(c, expected);
      expect(actual).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        expect(d.hint ?? '').toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }
  test('every rule has a fixture that expects it', () => {
    const covered = new Set([...results.values()].flat().map((e) => e.split(' ')[1]));
    expect([...rules, ...manualRules].map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
