/** Every list of blocks a document prints, in print order, with where each stands. */
import type { Block, OfficialDocument, Table } from './types.js';

export interface BlockGroup {
  blocks: Block[];
  /** Number of the attachment the blocks belong to. */
  attachment?: number;
  /** The body of a document the notice 转发s. */
  forwarded?: boolean;
}

export function documentBlocks(doc: OfficialDocument): BlockGroup[] {
  const e = doc.enclosure;
  return [
    { blocks: doc.body },
    ...(e ? [{ blocks: e.body, ...(e.kind === 'forwarded' ? { forwarded: true } : {}) }] : []),
    ...doc.attachments.map((a) => ({ blocks: a.body, attachment: a.number })),
  ];
}

export function documentTables(doc: OfficialDocument): Table[] {
  return documentBlocks(doc).flatMap((g) => g.blocks.filter((b): b is Table => b.type === 'table'));
}
