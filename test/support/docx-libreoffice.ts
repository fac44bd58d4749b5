/**
 * DOCX → PDF through LibreOffice, for layout checks. A private LibreOffice profile keeps
 * parallel runs apart. Two things stand between LibreOffice and the page Word or WPS would
 * print on a clerk's machine, and both are dealt with here rather than in the DOCX:
 *
 * - Fonts. The official fonts are rarely installed on a test machine, so a private fontconfig
 *   maps their names to stand-ins (used only when the official font is missing). On a grid
 *   LibreOffice centres each line in its slot by the font's ascent + descent, so the stand-in
 *   for the body roles must have the official fonts' em-box metrics (≈ 1.0 em), not Noto CJK's
 *   1.44 em, or every line sits ≈ 0.8 mm too low. AR PL UMing / UKai (Debian
 *   fonts-arphic-uming / -ukai, 1.05 / 1.10 em) stand in for 仿宋/宋体 and 楷体; 小标宋 and
 *   黑体 keep the Noto fonts shipped with the project, whose weight is the closer match.
 * - w:overflowPunct. LibreOffice's DOCX import (writerfilter DomainMapper) sets its
 *   ParaIsHangingPunctuation to the inverse of the element's value, while its export writes it
 *   straight, so w:val="0" — Word's "do not let punctuation overflow", which Word and WPS
 *   honour — makes LibreOffice hang a line-final comma past the 版心. The copy handed to
 *   LibreOffice says w:val="1", which LibreOffice reads as Word reads "0".
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { docxFontNames } from '../../src/layout/gbt9704.js';

const require = createRequire(import.meta.url);
const pkgDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Stand-in families with the official fonts' em-box metrics, and the Debian package of each. */
const emBoxStandIns = [
  { family: 'AR PL UMing CN', pkg: 'fonts-arphic-uming' },
  { family: 'AR PL UKai CN', pkg: 'fonts-arphic-ukai' },
] as const;

function requireStandIns(): void {
  for (const { family, pkg } of emBoxStandIns) {
    const r = spawnSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' });
    if (!r.stdout?.includes(family)) throw new Error(`LibreOffice 排版测量需要字体 ${family}：apt-get install ${pkg}`);
  }
}

/** A private fontconfig that maps the official font names to the stand-ins above. */
export function fontsConf(dir: string): string {
  requireStandIns();
  const fallback: Record<string, string> = {
    [docxFontNames.xiaobiaosong]: 'Noto Serif SC',
    [docxFontNames.fangsong]: emBoxStandIns[0].family,
    [docxFontNames.songti]: emBoxStandIns[0].family,
    [docxFontNames.kaiti]: emBoxStandIns[1].family,
    [docxFontNames.heiti]: 'Noto Sans SC',
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

/** The DOCX as LibreOffice must receive it to lay it out as Word does (see the module comment). */
export async function forLibreOffice(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes('<w:overflowPunct w:val="0"/>')) {
      zip.file(name, xml.replaceAll('<w:overflowPunct w:val="0"/>', '<w:overflowPunct w:val="1"/>'));
    }
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** Converts the bytes and returns the PDF's path (inside a fresh temporary folder). */
export async function convertToPdf(docx: Uint8Array, name = 'document'): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'));
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(conf, fontsConf(dir));
  const input = path.join(dir, `${name}.docx`);
  fs.writeFileSync(input, await forLibreOffice(docx));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
    { env: { ...process.env, FONTCONFIG_FILE: conf }, stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice 未能生成 ${pdf}`);
  return pdf;
}
