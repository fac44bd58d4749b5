/**
 * The PDF renderer on a worker thread, so a build lays out the PDF (its slowest format) while
 * the main thread loads the document and writes the DOCX and HTML.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FontSet } from '../../layout/fonts.js';
import type { Renderable, Rendered } from '../index.js';

type Reply = { id: number; result: Rendered } | { id: number; error: string };

export class PdfWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();
  private next = 0;

  private constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (m: Reply) => {
      const job = this.pending.get(m.id)!;
      this.pending.delete(m.id);
      if ('error' in m) job.reject(new Error(m.error));
      else job.resolve(m.result);
    });
    this.worker.on('error', (e) => {
      for (const job of this.pending.values()) job.reject(e);
      this.pending.clear();
    });
  }

  /** Undefined when running from the TypeScript sources (tests), where there is no compiled worker to start. */
  static start(): PdfWorker | undefined {
    const file = fileURLToPath(new URL('./worker.js', import.meta.url));
    return import.meta.url.endsWith('.js') && fs.existsSync(file) ? new PdfWorker(file) : undefined;
  }

  render(doc: Renderable, fonts: FontSet): Promise<Rendered> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, doc, fonts });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
