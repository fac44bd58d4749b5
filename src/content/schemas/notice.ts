/** Front matter of a notice in 文件格式 (GB/T 9704 §7), keyed by the standard's own element names. */
import { z } from 'zod';
import { dateField, nameOrList, textLines } from './common.js';

/** 代字〔YYYY〕N号: 〔〕 are U+3014/U+3015, no 第, no zero padding. */
export const DOC_NUMBER = /^\S+〔\d{4}〕[1-9]\d*号$/;

const attachmentFields = {
  标题: z.string().min(1),
  文件: z.string().min(1).optional(),
  /** Listed in 附件说明 but issued separately (a manual, a file already sent): no page is printed. */
  另行印发: z.literal(true).optional(),
};
export const ATTACHMENT_ENTRY_KEYS = Object.keys(attachmentFields);

const attachmentEntry = z
  .object(attachmentFields)
  .strict()
  .superRefine((a, ctx) => {
    if (!a.文件 && !a.另行印发) {
      ctx.addIssue({ code: 'custom', path: ['标题'], message: `附件“${a.标题}”没有写文件。`, params: { hint: '写 文件: 附件名.md；如果这个附件另行印发、不随文印出，写 另行印发: true。' } });
    }
    if (a.文件 && a.另行印发) {
      ctx.addIssue({ code: 'custom', path: ['另行印发'], message: `附件“${a.标题}”既写了文件又写了另行印发。`, params: { hint: '随文印出的附件只写 文件；另行印发的只写 另行印发: true。' } });
    }
    if (/[。，；：、！？.,;:]$/.test(a.标题)) {
      ctx.addIssue({
        code: 'custom',
        path: ['标题'],
        message: `附件名称“${a.标题}”以标点结尾。`,
        params: { hint: 'GB/T 9704 规定附件名称后不加标点，请删去末尾的标点。' },
      });
    }
  });

export const attachmentList = z.array(attachmentEntry).default([]);

export const noticeSchema = z
  .object({
    格式: z.enum(['文件', '信函', '纪要']).default('文件'),
    份号: z
      .string()
      .refine((v) => /^\d{6}$/.test(v), { message: '份号应为 6 位阿拉伯数字。', params: { hint: '写成 份号: "000001"（加引号，免得开头的 0 被去掉）。' } })
      .optional(),
    密级: z.enum(['绝密', '机密', '秘密']).optional(),
    保密期限: z.string().min(1).optional(),
    紧急程度: z.enum(['特急', '加急']).optional(),
    发文机关标志: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    标志后缀: z.string().optional(),
    发文字号: z
      .string()
      .refine((v) => DOC_NUMBER.test(v), {
        message: '发文字号格式不对。',
        params: { hint: '写成 机关代字〔年份〕序号号，例如 太应急〔2021〕46号：年份用六角括号〔〕，序号不加“第”、不编虚位（不写 046）。' },
      })
      .optional(),
    签发人: nameOrList.optional(),
    标题: textLines,
    主送: z.string().min(1).optional(),
    附件: attachmentList,
    /** The document this notice 印发s, printed after it: a file in the folder. */
    印发件: z.string().min(1).optional(),
    /** Another organ's document this notice 转发s, reproduced after it: a file in the folder. */
    转发件: z.string().min(1).optional(),
    /** Not for a 纪要, which carries no 署名. */
    署名: nameOrList.optional(),
    /** 纪要: attendance lists. */
    出席: nameOrList.optional(),
    请假: nameOrList.optional(),
    列席: nameOrList.optional(),
    成文日期: dateField,
    印章: z.boolean().default(true),
    附注: z.string().min(1).optional(),
    抄送: nameOrList.optional(),
    印发机关: z.string().min(1).optional(),
    印发日期: dateField.optional(),
    印数: z.number().int().positive().optional(),
    数据: z.record(z.string(), z.unknown()).default({}),
    /** Registry folder under content/registries/ whose townships and units the tables use. */
    名录: z.string().min(1).optional(),
    /** 年度 of a plan; deadlines without a year fall in it. */
    年度: z.number().int().min(2000).max(2100).optional(),
  })
  .strict()
  // 署名 is required except in a 纪要; checked even when other fields fail, so a clerk sees every missing field at once.
  .refine((n) => n.格式 === '纪要' || n.署名 !== undefined, {
    path: ['署名'],
    message: '缺少“署名”。',
    params: { hint: '在前置数据中补上 署名: 发文机关名称（纪要不写署名）。' },
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  .superRefine((n, ctx) => {
    if (n.保密期限 && !n.密级) {
      ctx.addIssue({ code: 'custom', path: ['保密期限'], message: '写了保密期限却没有写密级。', params: { hint: '补上 密级: 秘密（或 机密、绝密），或删去保密期限。' } });
    }
    const enclosed = n.印发件 ?? n.转发件;
    if (enclosed && n.附件.length) {
      ctx.addIssue({ code: 'custom', path: ['附件'], message: '通知印发或转发了一份文件，附件应列在那份文件里。', params: { hint: `把 附件 列表移到 ${enclosed} 的前置数据中。` } });
    }
    if (n.印发件 && n.转发件) {
      ctx.addIssue({ code: 'custom', path: ['转发件'], message: '一份通知不能既印发又转发文件。', params: { hint: '只保留 印发件 或 转发件 中的一个。' } });
    }
    if (n.签发人 !== undefined && n.格式 !== '文件') {
      // GB/T 9704 places 签发人 only in the 文件格式's 版头; its 信函 and 纪要 formats have none.
      ctx.addIssue({ code: 'custom', path: ['签发人'], message: `${n.格式}格式不标签发人。`, params: { hint: '上报的请示、报告用文件格式（格式: 文件）并标签发人；否则删去 签发人。' } });
    }
    if (n.格式 === '纪要') {
      if (n.署名) ctx.addIssue({ code: 'custom', path: ['署名'], message: '纪要不署名、不加盖印章。', params: { hint: '删去 署名；与会人员写在 出席、请假、列席 中。' } });
      if (!n.出席) ctx.addIssue({ code: 'custom', path: ['格式'], message: '纪要缺少出席人员。', params: { hint: '补上 出席: [姓名或单位, …]；请假、列席 有则写。' } });
      if (typeof n.发文机关标志 === 'string' && !n.发文机关标志.endsWith('纪要')) {
        ctx.addIssue({ code: 'custom', path: ['发文机关标志'], message: '纪要的标志应以“纪要”结尾。', params: { hint: `写成 ${n.发文机关标志.replace(/文件$/, '')}纪要 一类的名称。` } });
      }
      return;
    }
    for (const key of ['出席', '请假', '列席'] as const) {
      if (n[key]) ctx.addIssue({ code: 'custom', path: [key], message: `只有纪要才写${key}人员。`, params: { hint: `写 格式: 纪要，或删去 ${key}。` } });
    }
    if (!n.署名) ctx.addIssue({ code: 'custom', path: ['格式'], message: '缺少署名。', params: { hint: '补上 署名: 发文机关名称。' } });
    if (n.格式 === '信函') {
      for (const key of ['印发机关', '印发日期', '印数'] as const) {
        if (n[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `信函格式的版记不印${key}。`, params: { hint: `删去 ${key}；信函的版记只有抄送（GB/T 9704 第10.1条）。` } });
        }
      }
      if (Array.isArray(n.发文机关标志)) {
        ctx.addIssue({ code: 'custom', path: ['发文机关标志'], message: '信函格式联合行文时只印主办机关的标志。', params: { hint: '把 发文机关标志 写成主办机关一个名称；其他机关在 署名 中列出。' } });
      }
      if (typeof n.发文机关标志 === 'string' && n.发文机关标志.endsWith('文件') && n.标志后缀 === undefined) {
        ctx.addIssue({ code: 'custom', path: ['发文机关标志'], message: '信函格式的发文机关标志不加“文件”二字。', params: { hint: `写成 ${n.发文机关标志.slice(0, -2)}。` } });
      }
      return;
    }
    if (n.印发机关 && !n.印发日期) {
      ctx.addIssue({ code: 'custom', path: ['印发机关'], message: '版记写了印发机关，缺少印发日期。', params: { hint: '补上 印发日期: 2021年3月30日。' } });
    }
    if (!n.印发机关 && (n.印发日期 || n.抄送 || n.印数)) {
      ctx.addIssue({ code: 'custom', path: [n.印发日期 ? '印发日期' : n.抄送 ? '抄送' : '印数'], message: '版记缺少印发机关。', params: { hint: '补上 印发机关: 某某局办公室。' } });
    }
  });

export type NoticeFrontMatter = z.infer<typeof noticeSchema>;
