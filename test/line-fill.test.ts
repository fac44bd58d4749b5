/** The line-fill explanation used by the layout tests must be able to fail. */
import { describe, expect, test } from 'vitest';
import { CELL as cell, LEFT, RIGHT } from './support/gbt9704-block.js';
import { unexplainedShortLines } from './support/line-fill.js';

const line = (text: string, indent = 0) => ({ text, x0: LEFT + indent * cell, x1: RIGHT });
/** A paragraph's last line, stopping short of the right edge. */
const tail = (text: string) => ({ text, x0: LEFT, x1: LEFT + [...text].length * cell });
const chars = (n: number) => '安全生产'.repeat(8).slice(0, n);

describe('unexplainedShortLines', () => {
  test('28 characters, or 26 after a 2-character indent, need no reason', () => {
    expect(unexplainedShortLines([line(chars(28)), line(chars(26), 2)])).toEqual([]);
  });

  test('a line one short is explained when the next line would otherwise open with a comma', () => {
    expect(unexplainedShortLines([line(chars(27)), tail('制，持续开展')])).toEqual([]);
    expect(unexplainedShortLines([line(chars(27)), tail('“常安码”')])).toEqual([]);
    expect(unexplainedShortLines([line(chars(27)), tail('——每月')])).toEqual([]);
  });

  test('a short line with no such reason is reported, as is an unindented 26', () => {
    expect(unexplainedShortLines([line(chars(27)), tail('制度持续开展')])).toEqual([`27: ${chars(27)}`]);
    expect(unexplainedShortLines([line(chars(26)), tail('制度')])).toEqual([`26: ${chars(26)}`]);
    expect(unexplainedShortLines([line(chars(25)), tail('，。，')])).toEqual([`25: ${chars(25)}`]);
  });

  test('lines that stop short of the right edge, or hold digits, are not full CJK lines', () => {
    expect(unexplainedShortLines([{ ...line(chars(20)), x1: RIGHT - 8 * cell }])).toEqual([]);
    expect(unexplainedShortLines([line(`${chars(20)}2022年`), tail('制度')])).toEqual([]);
  });
});
