/** A hand-built 信函格式 model (GB/T 9704 §10.1) for renderer tests: two pages, 份号 and 紧急程度, 抄送 only. */
import type { OfficialDocument, SourcePosition } from '../../src/ir/types.js';
import { sampleDocument } from './sample-document.js';

const at = (line: number): SourcePosition => ({ file: 'letter/index.md', line, column: 1 });

export function sampleLetter(): OfficialDocument {
  const base = sampleDocument();
  return {
    ...base,
    format: 'letter',
    head: {
      copyNumber: '000012',
      urgency: '加急',
      mark: { issuers: [{ name: '常州市应急管理局', position: at(2) }], suffix: '', position: at(2) },
      docNumber: { text: '常应急函〔2022〕89号', position: at(3) },
    },
    title: ['关于2022年第三季度冶金等工贸行业', '安全生产执法检查情况的通报'],
    titlePosition: at(4),
    recipients: '各辖市（区）应急管理局，常州经开区安监局：',
    attachmentNotes: [],
    attachments: [],
    note: '（此件公开发布）',
    signature: { names: ['常州市应急管理局'], date: { year: 2022, month: 10, day: 12, position: at(6) }, sealed: true, position: at(5) },
    colophon: { kind: 'letter', copyTo: ['江苏省应急管理厅', '常州市安委办'], position: at(7) },
    meta: { name: 'letter', author: '常州市应急管理局' },
  };
}
