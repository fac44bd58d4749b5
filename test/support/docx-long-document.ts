/**
 * The sample model with a body long enough to fill pages, so a converted PDF shows full
 * 22-line pages; plus variants for the 联合行文 mark and the unsealed signature.
 */
import type { Block, OfficialDocument } from '../../src/ir/types.js';
import { sampleDocument } from './sample-document.js';

const at = (line: number) => ({ file: 'long/index.md', line, column: 1 });

/** Only ideographs and full-width punctuation, so every full line is 28 cells of 3号 text. */
const filler =
  '为深入贯彻落实安全生产工作部署，进一步压实企业主体责任，全面提升本质安全水平，各地各部门要坚持问题导向，强化源头管控，' +
  '健全完善风险分级管控和隐患排查治理双重预防机制，持续开展专项整治行动，切实防范遏制各类生产安全事故发生，确保全市安全生产形势持续稳定。';

export function longDocument(paragraphs = 10): OfficialDocument {
  const doc = sampleDocument();
  const extra: Block[] = Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph',
    // Three fillers a paragraph: indented first lines (26 characters) stay a small share of full lines.
    children: [{ type: 'text', text: filler.repeat(3), position: at(100 + i) }],
    position: at(100 + i),
  }));
  return { ...doc, body: [...doc.body, ...extra] };
}

export function jointDocument(): OfficialDocument {
  const doc = sampleDocument();
  const issuers = ['太仓市应急管理局', '太仓市发展和改革委员会', '太仓市财政局'].map((name) => ({ name, position: at(2) }));
  return { ...doc, head: { ...doc.head, mark: { ...doc.head.mark, issuers } } };
}

export function unsealedDocument(names = ['太仓市应急管理局']): OfficialDocument {
  const doc = sampleDocument();
  return { ...doc, signature: { ...doc.signature, names, sealed: false } };
}
