/** Server-Sent Events to the open preview pages: each message is the number of the newest build. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  /** Opens a stream and at once says which build is current, so a page loaded just before a rebuild still catches up. */
  open(req: IncomingMessage, res: ServerResponse, version: number): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Reconnect quickly after the server restarts.
    res.write(`retry: 500\ndata: ${version}\n\n`);
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  send(version: number): void {
    for (const res of this.clients) res.write(`data: ${version}\n\n`);
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
