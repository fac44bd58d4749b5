/** The rules `gongwen check` runs over a manual: its standards, and the text rules it shares with the 公文. */
import type { ManualRule } from '../manual-rule.js';
import { halfwidthPunctuation } from './halfwidth-punctuation.js';
import { manualStandard } from './manual-standard.js';
import { ordinalStyle } from './ordinal-style.js';
import { standardCode } from './standard-code.js';
import { strayEnglish } from './stray-english.js';

export const manualRules: readonly ManualRule[] = [manualStandard, standardCode, halfwidthPunctuation, ordinalStyle, strayEnglish];
