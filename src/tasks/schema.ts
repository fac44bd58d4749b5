/**
 * tasks.yaml: every task of a plan written once; the task list, the 考核细则 and the body
 * quote it. Several entries with one 编号 are one task split over rows (as a table pasted
 * from a paginated original is); `check` reports where they disagree.
 */
import { z } from 'zod';
import { nameOrList } from '../content/schemas/common.js';

/** Several paragraphs as a list, or one. */
const paragraphs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()));
const taskId = z.union([z.number().int().positive(), z.string().min(1)]).transform(String);

export const taskRowSchema = z
  .object({
    /** The task's number (1, 2 …) or a short name; entries with the same 编号 continue one task. */
    编号: taskId.describe('任务编号：1、2……；同一编号的几条合为一项任务'),
    /** 重点行业领域 / chapter the task belongs to. */
    领域: z.string().min(1).describe('重点行业领域；不写则沿用上一项任务的领域').optional(),
    /** 工作任务: the task in one sentence. */
    任务: z.string().min(1).describe('工作任务，一句话').optional(),
    /** 工作举措: one paragraph each, numbered 一是、二是 when printed. */
    举措: paragraphs.describe('工作举措：一段，或每段一项的列表（印成一是、二是……）').optional(),
    /** 牵头单位 (one or several). */
    牵头: nameOrList.describe('牵头单位：一个，或列表').optional(),
    /** 配合单位, printed after the lead units: ……等有关部门按职责分工落实. */
    配合: nameOrList.describe('配合单位：印成“……等有关部门按职责分工落实”').optional(),
    /** 责任单位 when no unit leads (one unit, or several sharing the task). */
    责任单位: nameOrList.describe('无牵头单位时的责任单位（与 牵头、配合 二选一）').optional(),
    /** 完成时限: 2022年底, 2021年6月底前, 3月15日前, 持续推进, 2022年底完成，并持续推进. */
    时限: z.string().min(1).describe('完成时限：2022年底、2021年6月底前、3月15日前、持续推进……').optional(),
    /** 具体要求 in the 考核细则, when it differs from the task's words. */
    考核要求: z.string().min(1).describe('考核细则中的具体要求').optional(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.责任单位 && (row.牵头 || row.配合)) {
      ctx.addIssue({
        code: 'custom',
        path: ['责任单位'],
        message: '同一任务既写了“责任单位”又写了“牵头”或“配合”。',
        params: { hint: '有牵头单位时写 牵头 和 配合；几家单位共同负责、无人牵头时只写 责任单位。' },
      });
    }
  });
export const TASK_ROW_KEYS = Object.keys(taskRowSchema.shape);

export const rubricItemSchema = z
  .object({
    /** 考评内容. */
    内容: z.string().min(1).describe('考评内容'),
    /** The task(s) this item assesses, by 编号; their 考核要求 (or 任务) are its 具体要求. */
    任务: z.union([taskId, z.array(taskId).min(1)]).describe('考核的任务编号：一个，或列表').transform((v) => (Array.isArray(v) ? v : [v])),
    分值: z.number().nonnegative().describe('分值').optional(),
    /** 评分标准. */
    评分: z.string().min(1).describe('评分标准').optional(),
  })
  .strict();
export const RUBRIC_ITEM_KEYS = Object.keys(rubricItemSchema.shape);

export const rubricSchema = z
  .object({
    /** The total the scores must add up to (100 in most rubrics). */
    总分: z.number().positive().describe('各项分值之和应等于的总分，如 100').optional(),
    项目: z.array(rubricItemSchema).min(1),
  })
  .strict();
export const RUBRIC_KEYS = Object.keys(rubricSchema.shape);

export const tasksFileSchema = z
  .object({
    任务: z.array(taskRowSchema).min(1).describe('每项任务一条'),
    考核细则: rubricSchema.describe('考核细则：总分和各考评项目').optional(),
  })
  .strict();
export const TASKS_FILE_KEYS = Object.keys(tasksFileSchema.shape);

export type TaskRowSpec = z.infer<typeof taskRowSchema>;
export type TasksFileSpec = z.infer<typeof tasksFileSchema>;
