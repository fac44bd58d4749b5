import fs from 'node:fs';

/**
 * A clerk's file as text: UTF-8, or else GB18030. Excel's "CSV（逗号分隔）" and older
 * Notepad and WPS save in the ANSI code page (GBK) on Chinese Windows, and a clerk should
 * not have to know which of the two was used.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readText(file: string): string {
  return decodeText(fs.readFileSync(file));
}
