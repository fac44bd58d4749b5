/**
 * DOCX → PDF through LibreOffice with every document index (the 目录) updated first, as a
 * clerk's "update table" would: a Python-UNO script (the system python3 has the uno module)
 * starts a private headless soffice, opens the DOCX, calls update() on each index, refreshes
 * the fields and exports the PDF. Fonts and w:overflowPunct are handled as in
 * docx-libreoffice.ts, so the pages break as in that module's conversions.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fontsConf, forLibreOffice } from './docx-libreoffice.js';

const PYTHON = '/usr/bin/python3';

const SCRIPT = String.raw`
import subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

docx, pdf, profile, pipe = sys.argv[1:5]

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

office = subprocess.Popen(['soffice', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--headless', '--invisible',
                           '--nologo', '--norestore', '--accept=pipe,name=%s;urp;' % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    ctx = None
    for _ in range(1200):
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except Exception:
            time.sleep(0.1)
    if ctx is None:
        sys.exit('soffice did not start')
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(docx), '_blank', 0, (prop('Hidden', True),))
    indexes = doc.getDocumentIndexes()
    # Twice: the first update can change the 目录's length and so the pages after it.
    for _ in range(2):
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.getTextFields().refresh()
        doc.refresh()
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop('FilterName', 'writer_pdf_Export'),))
    print(indexes.getCount())
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60)
finally:
    if office.poll() is None:
        office.kill()
`;

export function unoAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts the bytes with the indexes updated; returns the PDF's bytes and how many indexes LibreOffice found. */
export async function convertUpdatingIndexes(docx: Uint8Array, name = 'manual'): Promise<{ pdf: Uint8Array; indexes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-manual-'));
  try {
    const conf = path.join(dir, 'fonts.conf');
    fs.writeFileSync(conf, fontsConf(dir));
    const script = path.join(dir, 'update.py');
    fs.writeFileSync(script, SCRIPT);
    const input = path.join(dir, `${name}.docx`);
    const output = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(input, await forLibreOffice(docx));
    const out = execFileSync(PYTHON, [script, input, output, path.join(dir, 'profile'), `gongwen-${path.basename(dir)}`], {
      env: { ...process.env, FONTCONFIG_FILE: conf },
      timeout: 180_000,
      encoding: 'utf8',
    });
    return { pdf: new Uint8Array(fs.readFileSync(output)), indexes: Number(out.trim().split('\n').pop()) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
