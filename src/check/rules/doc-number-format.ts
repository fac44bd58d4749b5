/** 文号 cited in text must read 代字〔YYYY〕N号: 六角括号, no 第, no leading zero (GB/T 9704 7.2.4). */
import type { Finding, Rule } from '../rule.js';
import { codePointOffset, positionIn, textSpans } from '../text-spans.js';

// A cited 文号: 机关代字 (the Han characters right before the bracket; six at most, which keeps 的通知 of the
// sentence out), a bracketed four-digit year, an optional 第, the serial number and 号.
export const DOC_NUMBER = /(\p{Script=Han}{1,6})([〔\[(（【〈［﹝〖｛{])\s*(\d{4})\s*([〕\])）】〉］﹞〗｝}])\s*(第?)\s*(\d+)\s*号/dgu;

export const docNumberFormat: Rule = {
  id: 'doc-number-format',
  description: '正文中引用的发文字号写法不规范（括号、“第”字、虚位）',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of textSpans(ctx.document)) {
      for (const m of span.text.matchAll(DOC_NUMBER)) {
        const [text, agency = '', open = '', year = '', close = '', di, serial = ''] = m;
        // Each problem with the capture group it points at.
        const problems: { group: number; what: string }[] = [];
        if (open !== '〔' || close !== '〕') problems.push({ group: open !== '〔' ? 2 : 4, what: `年份要用六角括号“〔〕”括起，不用“${open}${close}”` });
        if (di) problems.push({ group: 5, what: '序号前不加“第”' });
        if (serial.startsWith('0')) problems.push({ group: 6, what: `序号不编虚位，“${serial}”前面不补0` });
        const first = problems[0];
        if (!first) continue;
        const index = m.indices?.[first.group]?.[0] ?? m.index;
        out.push({
          position: positionIn(span, codePointOffset(span.text, index)),
          message: `发文字号“${text}”写法不规范：${problems.map((p) => p.what).join('；')}。`,
          hint: `改为“${agency}〔${year}〕${Number(serial)}号”。`,
        });
      }
    }
    return out;
  },
};
