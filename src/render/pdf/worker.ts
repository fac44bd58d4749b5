/** Worker-thread side of PdfWorker: renders each posted document to PDF. */
import { parentPort } from 'node:worker_threads';
import type { FontSet } from '../../layout/fonts.js';
import type { Renderable } from '../index.js';
import { buildPdf } from './build.js';
import { buildManualPdf } from './manual/build-manual.js';

parentPort!.on('message', async ({ id, doc, fonts }: { id: number; doc: Renderable; fonts: FontSet }) => {
  try {
    const result = doc.type === 'manual' ? await buildManualPdf(doc, fonts) : await buildPdf(doc, fonts);
    parentPort!.postMessage({ id, result });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
