/** The four heading ordinals of GB/T 9704: 一、 （一） 1. （1）. */
import { chineseNumeral } from '../text/chinese-numeral.js';
import type { HeadingLevel } from './types.js';

export function ordinalFor(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** A hand-typed ordinal at the start of a heading, in any of the four styles (half-width brackets included). */
export const TYPED_ORDINAL = /^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、]|[（(]\d+[）)])\s*/;
