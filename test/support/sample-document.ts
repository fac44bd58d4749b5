/** A hand-built model with every 文件格式 element, for renderer tests that must not depend on the loader. */
import type { Block, OfficialDocument, SourcePosition } from '../../src/ir/types.js';

const at = (line: number, column = 1, file = 'sample/index.md'): SourcePosition => ({ file, line, column });
const run = (text: string, line: number) => ({ type: 'text' as const, text, position: at(line) });
const para = (text: string, line: number, ordinal?: string): Block => ({
  type: 'paragraph',
  ...(ordinal ? { ordinal } : {}),
  children: [run(text, line)],
  position: at(line),
});

const long =
  '认真贯彻落实国家以及省、市安全生产工作部署，坚持巩固拓展“一年小灶”成果，高标准高质量推进“三年大灶”，深入开展冶金等工贸专项整治三年行动，以落实《江苏省工业企业安全生产风险报告规定》为主线，进一步强化风险辨识管控和隐患排查治理，确保全市工贸企业安全生产形势持续稳定向好。';

export function sampleDocument(): OfficialDocument {
  return {
    type: 'official-document',
    format: 'file',
    head: {
      copyNumber: '000001',
      secrecy: { level: '秘密', term: '1年' },
      urgency: '特急',
      mark: { issuers: [{ name: '太仓市应急管理局', position: at(2) }], suffix: '文件', position: at(2) },
      docNumber: { text: '太应急〔2021〕46号', position: at(3) },
    },
    title: ['关于下发《2021年太仓市冶金等工贸行业', '安全监管工作要点》的通知'],
    titlePosition: at(4),
    recipients: '各镇安监办，港区、高新区、科教新城安监部门，港区化工园区办：',
    body: [
      para('现将《2021年太仓市冶金等工贸行业安全监管工作要点》印发给你们，请结合实际认真贯彻落实。', 20),
      { type: 'heading', level: 1, ordinal: '一、', children: [run('总体思路', 22)], position: at(22) },
      para(long, 24),
      { type: 'heading', level: 2, ordinal: '（一）', children: [run('巩固治理成效，持续推进专项整治', 26)], position: at(26) },
      para('巩固提升“一年小灶”专项整治成果，开展“回头看”，确保整改到位——每月3日前报送进展。', 28, '1.'),
      { type: 'heading', level: 3, ordinal: '1.', children: [run('三级标题', 30)], position: at(30) },
      { type: 'heading', level: 4, ordinal: '（1）', children: [run('四级标题', 32)], position: at(32) },
      {
        type: 'paragraph',
        children: [run('强调', 34), { type: 'text', text: '黑体强调', role: 'heiti', position: at(34, 3) }, run('之后是 Word 与 12.5% 数字。', 34)],
        position: at(34),
      },
    ],
    attachmentNotes: [
      { number: 1, title: '2021年太仓市冶金等工贸行业安全监管工作要点', position: at(10) },
      { number: 2, title: '一个很长很长的附件名称用来检验折行以后与名称的第一个字对齐的效果是否正确无误', position: at(12) },
    ],
    signature: { names: ['太仓市应急管理局'], date: { year: 2021, month: 3, day: 30, position: at(14) }, sealed: true, position: at(13) },
    note: '（此件公开发布）',
    attachments: [
      {
        number: 1,
        title: ['2021年太仓市冶金等工贸行业安全监管', '工作要点'],
        body: [{ type: 'heading', level: 1, ordinal: '一、', children: [run('总体思路', 5)], position: at(5, 1, 'sample/附件1.md') }, para(long, 7)],
        position: at(1, 1, 'sample/附件1.md'),
      },
      {
        number: 2,
        title: ['第二个附件'],
        body: [para('附件正文。', 3)],
        position: at(1, 1, 'sample/附件2.md'),
      },
    ],
    colophon: {
      kind: 'file',
      copyTo: ['苏州市应急管理局', '太仓市安委办'],
      printer: '太仓市应急管理局',
      printDate: { year: 2021, month: 3, day: 30, position: at(16) },
      copies: 15,
      position: at(15),
    },
    meta: { name: 'sample', author: '太仓市应急管理局' },
    position: at(1),
  };
}
