/**
 * An English word left in Chinese prose (服务能力 and 第三方). Codes, units, formulas, short upper-case
 * acronyms and the Latin terms usual in Chinese official writing are not reported.
 */
import type { Finding, Rule, TextContext } from '../rule.js';
import { codePointOffset, positionIn, spansOf } from '../text-spans.js';
import { urlRanges } from './halfwidth-punctuation.js';

// Latin tokens with their inner joiners: Wi-Fi, GB/T, e-mail, 12.5, m³.
const TOKEN = /[A-Za-z0-9]+(?:[-/.'][A-Za-z0-9]+)*[²³]?/g;

/**
 * Written forms that are not all upper case but belong in Chinese official text: units and symbols, and
 * software or device names. Upper-case acronyms of up to five letters (QQ, PDF, LED, GPS, AI, IC, ID, CAD,
 * PLC, DCS, SIS, HAZOP, LNG, LPG, CO, PPT, LEL, GB, AQ…) are allowed by rule, and tokens with digits (5G,
 * CO2, H2S, DB32, Q235B) are codes or formulas.
 */
const ALLOWED = new Set([
  'cm', 'mm', 'km', 'dm', 'kg', 'mg', 'ml', 'mL', 'kV', 'kW', 'kWh', 'kVA', 'MPa', 'kPa', 'Pa', 'ppm', 'pH', 'dB', 'Hz', 'kHz', 'lx', 'min', 'mol',
  'App', 'app', 'Wi-Fi', 'WiFi', 'wifi', 'E-mail', 'e-mail', 'Email', 'email', 'Word', 'Excel', 'PowerPoint', 'Windows', 'Android', 'iOS', 'pdf', 'ppt',
]);

const FILE_EXTENSION = /^(?:md|ya?ml|csv|xlsx?|docx?|pdf|html?|png|jpe?g|svg|hbs|txt|wps|et)$/i;

/** Unit symbols that appear only inside compound units (mg/m³, m³/h, kg/m²). */
const UNIT_PARTS = new Set(['m', 'm²', 'm³', 'g', 'L', 's', 'h', 'd', 't', 'V', 'A', 'W']);
const isUnit = (word: string) => word.includes('/') && word.split('/').every((part) => ALLOWED.has(part) || UNIT_PARTS.has(part));

// A Chinese word the clerk most likely meant.
const MEANT: Record<string, string> = { and: '和', or: '或', with: '与' };

export const strayEnglish: Rule<TextContext> = {
  id: 'stray-english',
  description: '中文语句里夹了英文单词（如“服务能力 and 第三方”）',
  severity: 'warning',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of spansOf(ctx)) {
      const { text } = span;
      if (!/\p{Script=Han}/u.test(text)) continue;
      const urls = urlRanges(text);
      for (const m of text.matchAll(TOKEN)) {
        const word = m[0];
        if (!/[A-Za-z]{2}/.test(word) || /\d/.test(word) || ALLOWED.has(word) || isUnit(word)) continue;
        if (word.split(/[-/.']/).every((part) => /^[A-Z]{1,5}$/.test(part))) continue;
        if (urls.some(([s, e]) => m.index >= s && m.index < e)) continue;
        // A file name's extension (图鉴.yaml, 达标任务.xlsx) or a folder in a path (images/说明.txt).
        if ((text[m.index - 1] === '.' && FILE_EXTENSION.test(word)) || text[m.index + word.length] === '/') continue;
        const meant = MEANT[word.toLowerCase()];
        out.push({
          position: positionIn(span, codePointOffset(text, m.index)),
          message: `中文语句里夹了英文单词“${word}”。`,
          hint: meant ? `改为“${meant}”（去掉两边的空格）。` : `改为相应的中文，或删去“${word}”；专有名称、代号请核对写法。`,
        });
      }
    }
    return out;
  },
};
