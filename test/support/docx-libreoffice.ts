/**
 * DOCX → PDF through LibreOffice, for layout checks. The official fonts are rarely installed
 * on a test machine, so a private fontconfig maps their names to the Noto fonts shipped with
 * the project (used only when the official font is missing), and a private LibreOffice
 * profile keeps parallel runs apart.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { docxFontNames } from '../../src/layout/gbt9704.js';

const require = createRequire(import.meta.url);
const pkgDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A private fontconfig that maps the official font names to the Noto fonts shipped with the project. */
export function fontsConf(dir: string): string {
  const serif = 'Noto Serif SC';
  const sans = 'Noto Sans SC';
  const fallback: Record<string, string> = {
    [docxFontNames.xiaobiaosong]: serif,
    [docxFontNames.fangsong]: serif,
    [docxFontNames.kaiti]: serif,
    [docxFontNames.songti]: serif,
    [docxFontNames.heiti]: sans,
  };
  const aliases = Object.entries(fallback)
    .map(([name, to]) => `<alias binding="same"><family>${name}</family><accept><family>${to}</family></accept></alias>`)
    .join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${pkgDir('@expo-google-fonts/noto-serif-sc')}</dir>
<dir>${pkgDir('@expo-google-fonts/noto-sans-sc')}</dir>
<cachedir>${path.join(dir, 'fc-cache')}</cachedir>
${aliases}
</fontconfig>
`;
}

/** Converts the bytes and returns the PDF's path (inside a fresh temporary folder). */
export function convertToPdf(docx: Uint8Array, name = 'document'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'));
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(conf, fontsConf(dir));
  const input = path.join(dir, `${name}.docx`);
  fs.writeFileSync(input, docx);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
    { env: { ...process.env, FONTCONFIG_FILE: conf }, stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice 未能生成 ${pdf}`);
  return pdf;
}
