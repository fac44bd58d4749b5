/**
 * An image named by a manual: it must lie inside the content folder and be a PNG or JPEG (what
 * the DOCX, PDF and HTML renderers all embed). image-size reads the format and pixel size from
 * the file's header, for formats we refuse as well, so the message can say what the file is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageData } from '../ir/manual.js';
import type { SourcePosition } from '../ir/types.js';

export const IMAGE_RULE = 'manual-image';

export function readImage(folder: string, src: string, position: SourcePosition): { image?: ImageData; diagnostic?: Diagnostic } {
  const fail = (message: string, hint: string) => ({ diagnostic: { file: position.file, line: position.line, column: position.column, rule: IMAGE_RULE, severity: 'error' as const, message, hint } });
  const root = path.resolve(folder);
  const full = path.resolve(root, src);
  if (path.isAbsolute(src) || /^[a-z][a-z0-9+.-]*:/i.test(src) || !full.startsWith(root + path.sep)) {
    return fail(`图片“${src}”不在手册文件夹里。`, '把图片复制到手册文件夹（如 images/）里，写相对路径，如 images/作业流程.png；不能引用网址或别处的文件。');
  }
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
    return fail(`图片文件“${src}”不存在。`, '检查文件名和扩展名（区分大小写），或把图片放到这个位置。');
  }
  const bytes = new Uint8Array(fs.readFileSync(full));
  let info: { width?: number; height?: number; type?: string };
  try {
    info = imageSize(bytes);
  } catch {
    return fail(`“${src}”不是图片文件。`, '换成 PNG 或 JPEG 图片；从 Word 里复制的图请另存为图片后再引用。');
  }
  const format = info.type === 'png' ? 'png' : info.type === 'jpg' ? 'jpeg' : undefined;
  if (!format || !info.width || !info.height) {
    return fail(`图片“${src}”是 ${(info.type ?? '未知').toUpperCase()} 格式，手册只能用 PNG 或 JPEG。`, '用画图或 WPS 把它另存为 PNG（线条图）或 JPEG（照片）。');
  }
  return { image: { src: src.split(path.sep).join('/'), format, bytes, widthPx: info.width, heightPx: info.height } };
}
