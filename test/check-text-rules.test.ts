/**
 * The rules that read printed text, run directly on a sample document whose body is built from Markdown.
 * Sentences come from the seeds (../shared/seeds): each rule must report the mistake where it stands,
 * and stay silent on the corrected sentence and on look-alikes.
 */
import { describe, expect, it } from 'vitest';
import type { CheckContext, Rule } from '../src/check/rule.js';
import { countList } from '../src/check/rules/count-list.js';
import { dateOrder } from '../src/check/rules/date-order.js';
import { dateZeroPadding } from '../src/check/rules/date-zero-padding.js';
import { deadlineDate, parseDeadlines } from '../src/check/rules/deadline-date.js';
import { docNumberFormat } from '../src/check/rules/doc-number-format.js';
import { halfwidthPunctuation } from '../src/check/rules/halfwidth-punctuation.js';
import { ordinalStyle } from '../src/check/rules/ordinal-style.js';
import { standardCode } from '../src/check/rules/standard-code.js';
import { strayEnglish } from '../src/check/rules/stray-english.js';
import { blocksFromMarkdown } from '../src/ir/from-markdown.js';
import type { Block, OfficialDocument } from '../src/ir/types.js';
import { sampleDocument } from './support/sample-document.js';
import { cell, targetTable } from './support/sample-tables.js';

const FILE = 'content/要点.md';

interface Options {
  planYear?: number;
  /** 成文日期 as [year, month, day]; the sample's 2021年3月30日 when absent. */
  date?: [number, number, number];
  /** Blocks appended after the Markdown body (tables). */
  extra?: Block[];
}

function context(markdown: string, opts: Options = {}): CheckContext {
  const { blocks, diagnostics } = blocksFromMarkdown({ text: markdown, toSource: (line, column) => ({ file: FILE, line, column }) });
  expect(diagnostics).toEqual([]);
  const document: OfficialDocument = { ...sampleDocument(), body: [...blocks, ...(opts.extra ?? [])] };
  const [year, month, day] = opts.date ?? [2021, 3, 30];
  document.signature.date = { ...document.signature.date, year, month, day };
  return { document, planYear: opts.planYear ?? year, documentDate: document.signature.date, stated: [] };
}

/** Findings as file:line:column plus message and hint, for exact assertions. */
function run(rule: Rule, markdown: string, opts: Options = {}) {
  return rule.check(context(markdown, opts)).map((f) => ({ at: `${f.position.file}:${f.position.line}:${f.position.column}`, message: f.message, hint: f.hint }));
}

const at = (line: number, column: number) => `${FILE}:${line}:${column}`;
const where = (rule: Rule, markdown: string, opts: Options = {}) => run(rule, markdown, opts).map((f) => f.at);

// 2022 武进 工作要点: 成文日期 2022年3月31日.
const WUJIN: Options = { planYear: 2022, date: [2022, 3, 31] };

describe('date-zero-padding', () => {
  it('reports a zero-padded month or day with the unpadded form', () => {
    const found = run(dateZeroPadding, '通知。\n\n落款写成2021年03月30日，会议定在3月05日。');
    expect(found).toEqual([
      { at: at(3, 5), message: '日期“2021年03月30日”的月前面补了0；公文中的日期，月、日不编虚位。', hint: '改为“2021年3月30日”。' },
      { at: at(3, 21), message: '日期“3月05日”的日前面补了0；公文中的日期，月、日不编虚位。', hint: '改为“3月5日”。' },
    ]);
  });

  it('reports padded dates in table cells', () => {
    const table = targetTable();
    table.rows[3]!.cells[0] = cell('2021年06月10日前', { line: 40 });
    expect(where(dateZeroPadding, '通知。', { extra: [table] })).toEqual(['sample/附件6.md:40:1']);
  });

  it('accepts unpadded dates and numbers that only look like dates', () => {
    expect(where(dateZeroPadding, '2021年3月30日、3月5日、2021年10月底、12月10日前、2021-03-30、举报电话12350。')).toEqual([]);
  });
});

describe('date-order', () => {
  const check = (printed: [number, number, number]) => {
    const ctx = context('通知。');
    const colophon = ctx.document.colophon!;
    colophon.printDate = { ...colophon.printDate, year: printed[0], month: printed[1], day: printed[2] };
    return dateOrder.check(ctx);
  };

  it('reports a 印发日期 before the 成文日期, at the 印发日期', () => {
    expect(check([2021, 3, 29])).toEqual([
      {
        position: { file: 'sample/index.md', line: 16, column: 1 },
        message: '印发日期2021年3月29日早于成文日期2021年3月30日；公文要先成文、后印发。',
        hint: '核对两个日期：把印发日期改为2021年3月30日或之后，或者更正成文日期。',
      },
    ]);
  });

  it('accepts printing on the day of signing or later', () => {
    expect(check([2021, 3, 30])).toEqual([]);
    expect(check([2021, 4, 1])).toEqual([]);
  });
});

describe('deadline-date', () => {
  it('parses each form of deadline to its last day', () => {
    const text = '3月底前、4月15日前、6月份之前、1月前、2023年底前、2022年年底前、年底前';
    expect(parseDeadlines(text, 2022).map((d) => [d.text, d.date, d.yearWritten, text.slice(d.start, d.end)])).toEqual([
      ['3月底前', { year: 2022, month: 3, day: 31 }, false, '3月底前'],
      ['4月15日前', { year: 2022, month: 4, day: 15 }, false, '4月15日前'],
      ['6月份之前', { year: 2022, month: 5, day: 31 }, false, '6月份之前'],
      ['1月前', { year: 2021, month: 12, day: 31 }, false, '1月前'],
      ['2023年底前', { year: 2023, month: 12, day: 31 }, true, '2023年底前'],
      ['2022年年底前', { year: 2022, month: 12, day: 31 }, true, '2022年年底前'],
      ['年底前', { year: 2022, month: 12, day: 31 }, false, '年底前'],
    ]);
  });

  it('parses no deadline from ranges, past facts and other words with 前', () => {
    const text = '5月至8月，每月3日前报送；在2021年10月底集中销号；3月5日前往现场；明年年底前；去年底前；每年3月底前；彻底前移；3个月前';
    expect(parseDeadlines(text, 2022)).toEqual([]);
  });

  it('reports deadlines on or before the 成文日期 (武进 2022年3月31日)', () => {
    const md = [
      '务必在2月底前完成省系统名录库中无生产企业销号和在产企业属地调整工作。',
      '3月底前，引导板块内工业企业先在市系统风险管控模块中完成上报。',
      '',
      '如实填写登记表（附件4），于3月15日前报至局安全生产基础科。',
    ].join('\n');
    expect(run(deadlineDate, md, WUJIN)).toEqual([
      {
        at: at(1, 4),
        message: '完成时限“2月底前”（2022年2月28日）已早于成文日期2022年3月31日，文件印发时已来不及完成。',
        hint: '核对时限，改为2022年3月31日之后的日期；若这项工作已经完成，改写成已完成的事实。',
      },
      {
        at: at(2, 1),
        message: '完成时限“3月底前”（2022年3月31日）就是成文日期当天，文件印发时已来不及完成。',
        hint: '核对时限，改为2022年3月31日之后的日期；若这项工作已经完成，改写成已完成的事实。',
      },
      expect.objectContaining({ at: at(4, 15), message: expect.stringContaining('“3月15日前”（2022年3月15日）已早于成文日期') }),
    ]);
  });

  it('reports a written year before the plan year, with the plan year in the hint', () => {
    expect(run(deadlineDate, '各板块2021年底前完成创建工作。', WUJIN)).toEqual([
      {
        at: at(1, 4),
        message: '完成时限“2021年底前”的年份2021年早于本文件的年度2022年。',
        hint: '若是本年度的工作，改为“2022年底前”；若说的是往年已完成的事，不要写成“……前”的时限。',
      },
    ]);
  });

  it('checks the forwarded deadline against the forwarding notice (金坛 2024年1月26日)', () => {
    const md = '每月定期组织会商安全监管要求。（完成时限：1月26日前）\n\n全覆盖培训。（完成时限：1月底前）';
    expect(where(deadlineDate, md, { date: [2024, 1, 26] })).toEqual([at(1, 22)]);
    expect(where(deadlineDate, md, { date: [2024, 1, 25] })).toEqual([]);
  });

  it('accepts later deadlines, later explicit years, ranges and past facts', () => {
    const md = [
      '每个板块要在5月底前，创建2家以上风险报告示范企业。',
      '确保2022年底前，全区重点监管领域企业需全部开展创建工作；2023年底前，全区非重点监管领域的规模以上企业需全部开展创建工作。',
      '3家试点单位应在6月份之前完成风险监测预警平台建设试点工作。',
      '特别是对在2021年10月底集中销号的企业开展全覆盖再核查。5月至8月，各板块每月报送上月情况。',
    ].join('\n');
    expect(where(deadlineDate, md, { ...WUJIN, extra: [targetTable()] })).toEqual([]);
  });
});

describe('doc-number-format', () => {
  it('reports square brackets, 第 and a leading zero, with the corrected 文号', () => {
    const md = '《关于进一步规范全市冶金等工贸企业危险化学品储存、使用的通知》（常安办[2021]第062号）';
    expect(run(docNumberFormat, md)).toEqual([
      {
        at: at(1, 36),
        message: '发文字号“常安办[2021]第062号”写法不规范：年份要用六角括号“〔〕”括起，不用“[]”；序号前不加“第”；序号不编虚位，“062”前面不补0。',
        hint: '改为“常安办〔2021〕62号”。',
      },
    ]);
  });

  it('points at the first wrong part', () => {
    const md = '依据（武应急函（2022）2号）和（武应急发〔2021〕047号）。';
    expect(where(docNumberFormat, md)).toEqual([at(1, 8), at(1, 29)]);
  });

  it('accepts correct 文号 and other bracketed years', () => {
    const md = '（常安办〔2024〕6号）（武应急发〔2021〕47号）《江苏省化工产业结构调整限制、淘汰和禁止目录（2020年本）》，全区（2022）年度。';
    expect(where(docNumberFormat, md)).toEqual([]);
  });
});

describe('standard-code', () => {
  it('reports a year that is not a number (DB32/T3250—201T), at the year', () => {
    const md = '按照《安全培训机构条件规范》（DB32/T3250—201T），开展自查。';
    expect(run(standardCode, md, WUJIN)).toEqual([
      {
        at: at(1, 27),
        message: '标准编号“DB32/T3250—201T”中的年号“201T”不是四位数字的年份。',
        hint: '查对标准文本，写成“DB32/T 3250—四位年号”；不确定版本时可去掉年号，写成“DB32/T 3250”（不注日期引用，指最新版本）。',
      },
    ]);
  });

  it('reports a DB code without its number', () => {
    const md = '依据《危险化学品储存柜安全技术要求及管理规范》（DB3204），积极探索。';
    expect(where(standardCode, md, WUJIN)).toEqual([at(1, 25)]);
  });

  it('reports years after the plan year or before 1950', () => {
    expect(where(standardCode, '执行GB 8958—2030和AQ 3028-1949。', WUJIN)).toEqual([at(1, 11), at(1, 24)]);
  });

  it('accepts dated and undated codes with any dash', () => {
    const md = 'GB 8958—2006、GB/T 9704-2012、AQ 3028–2008、DB32/T 3250—2017、GB/T9704－2012、GBZ 2.1—2019，不注日期的DB32/T 3250，推荐性标准（GB/T），仿宋_GB2312。';
    expect(where(standardCode, md, WUJIN)).toEqual([]);
  });
});

describe('halfwidth-punctuation', () => {
  it('reports half-width marks next to Chinese text, with the full-width form', () => {
    expect(run(halfwidthPunctuation, '排查治理风险,隐患。')).toEqual([
      { at: at(1, 7), message: '中文里用了半角逗号“,”：“治理风险,隐患。”。', hint: '改为全角“，”：“治理风险，隐患。”。' },
    ]);
    expect(run(halfwidthPunctuation, '企业名称(企业盖章)联系电话')).toEqual([
      { at: at(1, 5), message: '中文里用了半角括号“(”：“企业名称(企业盖章)联系电话”。', hint: '改为全角“（”：“企业名称（企业盖章）联系电话”。' },
    ]);
    expect(where(halfwidthPunctuation, '举报电话:12350;是否齐全?')).toEqual([at(1, 5), at(1, 11), at(1, 16)]);
  });

  it('leaves Latin and number contexts, ordinals and 文号 to themselves', () => {
    const md = '覆盖率达12.5%，尺寸80×120(cm)，9:30开会，网址https://yjglj.changzhou.gov.cn/a?b=1,2，(一)由序号规则报告，常安办(2021)62号由文号规则报告。';
    expect(where(halfwidthPunctuation, md)).toEqual([]);
  });
});

describe('ordinal-style', () => {
  it('reports half-width bracketed ordinals', () => {
    expect(run(ordinalStyle, '(一)动态摸清企业底数。\n\n(1)排查范围。')).toEqual([
      { at: at(1, 1), message: '序号“(一)”用了半角括号。', hint: '改为“（一）”。' },
      { at: at(3, 1), message: '序号“(1)”用了半角括号。', hint: '改为“（1）”。' },
    ]);
  });

  it('reports only the half-width ones when a document mixes both styles', () => {
    expect(where(ordinalStyle, '（一）动态摸清企业底数。\n\n(二)确保重点工作有落实。\n\n（三）强化安全风险防控。')).toEqual([at(3, 1)]);
  });

  it('reports 1、 as an item number and a 顿号 after （一）', () => {
    const md = '备注：1、排查范围：使用危险化学品的企业；2、甲、乙类中间仓库是指厂房内的场所。\n\n（一）、加强监管。';
    expect(run(ordinalStyle, md)).toEqual([
      { at: at(1, 4), message: '序号“1、”不规范：阿拉伯数字序号后面用圆点，不用顿号。', hint: '改为“1.”。' },
      { at: at(1, 22), message: '序号“2、”不规范：阿拉伯数字序号后面用圆点，不用顿号。', hint: '改为“2.”。' },
      { at: at(3, 1), message: '序号“（一）、”括号后面多了顿号。', hint: '改为“（一）”。' },
    ]);
  });

  it('accepts standard ordinals and numbers in lists', () => {
    expect(where(ordinalStyle, '（一）加强监管；（1）细化措施；在1、2月完成；第3、4条；公式f(1)。')).toEqual([]);
  });
});

describe('stray-english', () => {
  it('reports an English word in Chinese prose (太仓 seed)', () => {
    const md = '全面推进安全生产责任保险工作，\n提升保险机构专业服务能力 and 第三方服务机构技术支撑作用。';
    expect(run(strayEnglish, md)).toEqual([{ at: at(2, 14), message: '中文语句里夹了英文单词“and”。', hint: '改为“和”（去掉两边的空格）。' }]);
    expect(where(strayEnglish, '请将材料 submit 至局基础科。')).toEqual([at(1, 6)]);
  });

  it('accepts codes, units, formulas and usual Latin terms', () => {
    const md =
      '建立微信、QQ群，推广常安码App和APP，上传PDF，LED屏，GPS定位，AI识别，5G网络，Wi-Fi覆盖，IC卡，CAD图纸，PLC、DCS、SIS系统，HAZOP分析，LNG、LPG储罐，CO、CO2、H2S和LEL检测，压力1.6MPa，10kV线路，pH值，尺寸80×120（cm），容积50m³，限值10 mg/m³，风量2000 m³/h，数据见达标任务.xlsx和图鉴.yaml，图片放在images/说明.txt所说的位置，按GB/T 9704和DB32/T 3250执行，见www.jsyjt.gov.cn。';
    expect(where(strayEnglish, md)).toEqual([]);
  });
});

describe('count-list', () => {
  const seed = '将3个行业领域25个重点检查事项[钢铁企业8条、铝加工（深井铸造）企业7条、涉爆粉尘企业6条、存在有限空间作业企业4条]作为必查项';

  it('reports a count that disagrees with the bracketed list (武进 seed), at the wrong number', () => {
    expect(run(countList, seed)).toEqual([
      { at: at(1, 2), message: '“3个行业领域”与后面括号里列举的4项不符。', hint: '核对数量和列举的项目：若列举无误，改为“4个行业领域”。' },
    ]);
  });

  it('compares the second count with the sum of the numbered items', () => {
    expect(run(countList, seed.replace('25个', '26个'))).toEqual([
      expect.objectContaining({ at: at(1, 2) }),
      {
        at: at(1, 8),
        message: '“26个重点检查事项”与后面括号里各项之和（8+7+6+4=25）不符。',
        hint: '核对数量和列举的项目：若列举无误，改为“25个重点检查事项”。',
      },
    ]);
  });

  it('lets a single count agree with either the number of items or their sum', () => {
    expect(where(countList, seed.replace('3个行业领域', '4个行业领域'))).toEqual([]);
    expect(where(countList, seed.replace('3个行业领域', ''))).toEqual([]);
    expect(where(countList, seed.replace('3个行业领域25个', '4个'))).toEqual([]);
    expect(where(countList, seed.replace('3个行业领域25个', '5个'))).toEqual([at(1, 2)]);
  });

  it('reports a total that differs from the sum of the items after its colon', () => {
    const list = '（全区75家：科教城1家、湖塘镇5家、湟里镇5家、嘉泽镇2家、礼嘉镇6家、洛阳镇15家、南夏墅2家、牛塘镇8家、前黄镇8家、高新区3家、高新北区2家、西太湖3家、雪堰镇15家）';
    const md = `明确高危行业领域创建企业${list}。`;
    expect(where(countList, md)).toEqual([]);
    expect(run(countList, md.replace('75家', '76家'))).toEqual([
      {
        at: at(1, 16),
        message: '合计“76家”与冒号后各项之和（1+5+5+2+6+15+2+8+8+3+2+3+15=75）不符。',
        hint: '核对各项数字；若各项无误，改为“75家”。',
      },
    ]);
  });

  it('ignores bounds, per-item quotas, open lists and single items', () => {
    const md = [
      '全区全年创成标杆企业不少于14家（钢铁、金属冶炼、粉尘涉爆至少各1家）。',
      '有效指导不同类型、不同规模（规上、规下）企业对标自查自改。',
      '3个行业（钢铁、铝加工等）。',
      '抓好2个环节（深井铸造）。',
      '市级各督导组至少走访1个镇（街道、园区），抽查不少于2家企业（甲、乙、丙）。',
      '在全市80家企业中抽查3家（甲、乙、丙）。',
      '各板块目标任务为：湟里镇：常州东方特钢有限公司；前黄镇、雪堰镇各上报两家金属冶炼企业。',
    ].join('\n');
    expect(where(countList, md)).toEqual([]);
  });
});
