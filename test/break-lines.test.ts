import { describe, expect, test } from 'vitest';
import { breakLines, type PlacedGlyph } from '../src/render/pdf/break-lines.js';
import { gridMetrics } from '../src/layout/gbt9704.js';
import { isWide } from '../src/text/cells.js';

const { cell, blockWidth } = gridMetrics();
const at = { file: 't.md', line: 1, column: 1 };
const glyphs = (text: string): PlacedGlyph[] =>
  [...text].map((ch) => ({ ch, slot: 'fangsong', size: 16, color: '#000', adv: isWide(ch) ? 16 : 8, width: isWide(ch) ? cell : 8 + (cell - 16), position: at }));
const lineTexts = (text: string, firstIndent = 0) =>
  breakLines(glyphs(text), { width: blockWidth, firstIndent: firstIndent * cell, restIndent: 0, noOrphan: true }).map((l) => l.glyphs.map((g) => g.ch).join(''));

describe('breakLines on the 28-cell grid', () => {
  test('a run of Chinese characters fills exactly 28 cells a line', () => {
    const lines = lineTexts('国'.repeat(60));
    expect(lines.map((l) => l.length)).toEqual([28, 28, 4]);
  });

  test('the first-line indent takes two cells', () => {
    expect(lineTexts('国'.repeat(40), 2)[0]).toHaveLength(26);
  });

  test('closing punctuation never starts a line: the character before it moves down', () => {
    const lines = lineTexts('国'.repeat(28) + '，好好');
    expect(lines[1]![0]).not.toBe('，');
    expect(lines[0]).toHaveLength(27);
    expect(lines[1]).toBe('国，好好');
  });

  test('opening brackets never end a line', () => {
    const lines = lineTexts('国'.repeat(27) + '《规定》');
    expect(lines[0]!.endsWith('《')).toBe(false);
    expect(lines[1]!.startsWith('《')).toBe(true);
  });

  test('—— and …… are never split', () => {
    const lines = lineTexts('国'.repeat(27) + '——好');
    expect(lines[0]!.endsWith('—')).toBe(false);
    expect(lines[1]!.startsWith('——')).toBe(true);
  });

  test('numbers and Latin words stay whole', () => {
    const lines = lineTexts('国'.repeat(26) + '2021年');
    expect(lines.some((l) => /\d$/.test(l) && !l.endsWith('2021'))).toBe(false);
    expect(lines[1]!.startsWith('2021')).toBe(true);
  });

  test('no one-character last line', () => {
    const lines = lineTexts('国'.repeat(29));
    expect(lines[lines.length - 1]!.length).toBeGreaterThan(1);
    expect(lines[0]).toHaveLength(27);
  });

  test('a last line of one character and its full stop also pulls a character down', () => {
    const lines = lineTexts('国'.repeat(29) + '。');
    expect(lines[lines.length - 1]).toBe('国国。');
  });

  test('never more than 28 characters on a line, whatever the punctuation', () => {
    const text = '认真贯彻落实国家以及省、市安全生产工作部署，坚持巩固拓展“一年小灶”成果，高标准高质量推进“三年大灶”。'.repeat(6);
    for (const l of lineTexts(text, 2)) expect(l.length).toBeLessThanOrEqual(28);
  });
});
