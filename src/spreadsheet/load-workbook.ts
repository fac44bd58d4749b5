/**
 * An .xlsx file's sheets as plain cells, read synchronously. exceljs only reads asynchronously,
 * while the folder loader (readDataFiles → loadNotice → checkFolder) is synchronous; so a worker
 * thread runs exceljs and the caller blocks on a shared flag until the cells come back.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface SheetCell {
  row: number;
  col: number;
  /** exceljs's cell value: string, number, boolean, Date, or a formula / rich text / hyperlink / error object. */
  value: unknown;
  numFmt?: string;
}

export interface Sheet {
  name: string;
  /** Merged ranges as [top, left, bottom, right], 1-based. */
  merges: [number, number, number, number][];
  /** Non-empty cells; a merged range is only its top-left cell. */
  cells: SheetCell[];
}

/** `error`: exceljs's own (English) reason the bytes are not a readable workbook. */
export type LoadedWorkbook = { sheets: Sheet[] } | { error: string };

// Plain CommonJS run with `eval`, so the worker needs no compiled file next to this module (tests run the TypeScript sources).
const WORKER = `
const { workerData } = require('node:worker_threads');
(async () => {
  let result;
  try {
    const ExcelJS = require(workerData.lib);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workerData.bytes);
    result = { sheets: wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden').map((ws) => {
      const cells = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          cells.push({ row: r, col: c, value: cell.value, numFmt: cell.numFmt });
        });
      });
      return { name: ws.name, merges: ws.model.merges || [], cells };
    }) };
  } catch (e) {
    result = { error: String((e && e.message) || e) };
  }
  workerData.port.postMessage(result);
  Atomics.store(workerData.flag, 0, 1);
  Atomics.notify(workerData.flag, 0);
})();
`;

const EXCELJS = createRequire(import.meta.url).resolve('exceljs');
/** A workbook a clerk keeps is small; a minute means the worker is stuck, not slow. */
const TIMEOUT_MS = 60_000;

/** Column letters → number: A → 1, AA → 27. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function decodeRange(range: string): [number, number, number, number] | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range);
  if (!m) return undefined;
  return [Number(m[2]), columnNumber(m[1]!), Number(m[4]), columnNumber(m[3]!)];
}

export function loadWorkbook(bytes: Uint8Array): LoadedWorkbook {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, { eval: true, workerData: { lib: EXCELJS, bytes, port: port2, flag }, transferList: [port2] });
  try {
    if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out') throw new Error('读取 .xlsx 的工作线程没有响应。');
    const message = receiveMessageOnPort(port1)?.message as { sheets: (Omit<Sheet, 'merges'> & { merges: string[] })[] } | { error: string } | undefined;
    if (!message) throw new Error('读取 .xlsx 的工作线程没有返回结果。');
    if ('error' in message) return message;
    return {
      sheets: message.sheets.map((s) => ({ ...s, merges: s.merges.map(decodeRange).filter((r): r is [number, number, number, number] => r !== undefined) })),
    };
  } finally {
    port1.close();
    void worker.terminate();
  }
}
