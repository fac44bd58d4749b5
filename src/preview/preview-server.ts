/**
 * `gongwen preview`: a local HTTP server (node:http only) that shows a folder's HTML with its
 * `check` diagnostics beside the text, and updates open pages on every save.
 *
 * What a save rebuilds: saves that leave a file's bytes as they were are dropped by the watcher;
 * otherwise the folder is loaded, checked and rendered again as a whole (the template
 * expansions, tables, tasks and checks read across files, and one pass over a folder takes
 * tens of milliseconds); the HTML needs no fonts resolved; open pages are told to reload only
 * when the page or its diagnostics differ from what they show.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TEMPLATES_DIR } from '../template/templates-dir.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { diagnosticsPanel, problemsPage } from './diagnostics-panel.js';
import { EventStream } from './event-stream.js';
import { CLIENT_PATH, EVENTS_PATH, injectPreview } from './inject-live-reload.js';
import { renderDocument, type RenderedDocument } from './render-document.js';
import { watchFolders } from './watch-folder.js';

export interface RebuildInfo {
  /** Load, check and render, in milliseconds. */
  ms: number;
  /** Diagnostics of the new build. */
  diagnostics: number;
  /** The files whose change caused it, relative to the display root. */
  changed: string[];
  /** Whether the page or its diagnostics changed, so open pages were told to reload. */
  reloaded: boolean;
}

export interface PreviewOptions {
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Default 127.0.0.1: the preview is for the clerk's own machine. */
  host?: string;
  /** File names in diagnostics are shown relative to this folder (default: the folder's parent). */
  displayRoot?: string;
  /** Folders of shared partials; default the templates/ shipped with gongwen, as `gongwen build` uses. */
  templateDirs?: string[];
  onRebuild?: (info: RebuildInfo) => void;
}

export interface Preview {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function pageOf(r: RenderedDocument, version: number): string {
  return injectPreview(r.html ?? problemsPage(), { panel: diagnosticsPanel(r.diagnostics, { inline: r.html === undefined }), version });
}

function sameBuild(a: RenderedDocument, b: RenderedDocument): boolean {
  return a.html === b.html && JSON.stringify(a.diagnostics) === JSON.stringify(b.diagnostics);
}

export async function startPreview(folder: string, opts: PreviewOptions = {}): Promise<Preview> {
  const dir = path.resolve(folder);
  const displayRoot = opts.displayRoot ?? path.dirname(dir);
  const templateDirs = opts.templateDirs ?? [TEMPLATES_DIR];
  const render = () => renderDocument(dir, { displayRoot, templateDirs });
  const events = new EventStream();

  let version = 1;
  let current: RenderedDocument;
  let page: string;
  let closed = false;
  // True during the first build too: saves made meanwhile are queued and built right after it.
  let building = true;
  const queued = new Set<string>();

  // Changes that arrive during a build are queued and built next, in one go.
  const rebuild = async (changed: string[]) => {
    for (const f of changed) queued.add(f);
    if (building) return;
    building = true;
    try {
      while (queued.size && !closed) {
        const files = [...queued];
        queued.clear();
        const started = performance.now();
        const next = await render();
        const ms = performance.now() - started;
        if (closed) break;
        const reloaded = !sameBuild(next, current);
        if (reloaded) {
          current = next;
          page = pageOf(next, ++version);
          events.send(version);
        }
        opts.onRebuild?.({ ms, diagnostics: next.diagnostics.length, changed: files.map((f) => path.relative(displayRoot, f).split(path.sep).join('/')), reloaded });
      }
    } finally {
      building = false;
    }
  };

  // The folder, the shared partials and the registries (content/registries/, beside the folder: 名录 and the standards library).
  const watch = watchFolders([dir, ...templateDirs, path.join(path.dirname(dir), 'registries')], (files) => void rebuild(files));
  current = await render();
  page = pageOf(current, version);
  building = false;
  if (queued.size) void rebuild([]);

  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://preview');
    if (pathname === EVENTS_PATH) events.open(req, res, version);
    else if (pathname === CLIENT_PATH) send(res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
    else if (pathname === '/' || pathname === '/index.html') send(res, 200, 'text/html; charset=utf-8', page);
    else send(res, 404, 'text/plain; charset=utf-8', '没有这个页面：预览在 / 。');
  });
  const host = opts.host ?? '127.0.0.1';
  let address: AddressInfo;
  try {
    address = await listen(server, opts.port ?? 4000, host);
  } catch (e) {
    closed = true;
    watch.close();
    throw e;
  }

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`,
    port: address.port,
    close() {
      closed = true;
      watch.close();
      events.close();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
