/**
 * The notice's own 发文字号 is issued anew each year, so last year's is taken out. The schema
 * refuses a number without its serial, so the field becomes a comment that still shows the
 * new year, for the clerk to fill in and uncomment.
 */
import { frontMatterRange } from './front-matter-text.js';

const OWN_NUMBER = /^发文字号[ \t]*:[ \t]*["']?(\S+?)〔(\d{4})〕(\S+?)号["']?[ \t]*$/m;

export const SERIAL_PLACEHOLDER = '□';

export interface ClearedNumber {
  text: string;
  line: number;
  /** As it was: 武应急〔2022〕15号. */
  before: string;
  /** The number to fill in, shown in the commented line left in its place: 武应急〔2023〕□号. */
  placeholder: string;
}

export function clearOwnDocNumber(text: string, year: number): ClearedNumber | undefined {
  const range = frontMatterRange(text);
  if (!range) return undefined;
  const m = OWN_NUMBER.exec(text.slice(range.start, range.end));
  if (!m) return undefined;
  const start = range.start + m.index;
  const placeholder = `${m[1]}〔${year}〕${SERIAL_PLACEHOLDER}号`;
  const line = `# 发文字号: ${placeholder}    # 取得新文号后把“${SERIAL_PLACEHOLDER}”改成序号，并删去行首的“# ”`;
  return {
    text: text.slice(0, start) + line + text.slice(start + m[0].length),
    line: text.slice(0, start).split('\n').length,
    before: `${m[1]}〔${m[2]}〕${m[3]}号`,
    placeholder,
  };
}
