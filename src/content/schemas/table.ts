/**
 * A ```表格 block: YAML that either builds a table from data (列 + 数据 or 行) or lays out
 * a fill-in form cell by cell (表单).
 */
import { z } from 'zod';
import { textLines } from './common.js';

export const COLUMN_TYPES = ['文本', '整数', '百分比', '日期', '乡镇', '单位', '企业', '序号'] as const;
const ALIGN = ['左', '中', '右'] as const;

const cellValue = z.union([z.string(), z.number(), z.null()]);

export interface ColumnSpec {
  名称: string[];
  字段?: string | undefined;
  类型: (typeof COLUMN_TYPES)[number];
  宽?: number | undefined;
  对齐?: (typeof ALIGN)[number] | undefined;
  合并: boolean;
  值?: string | number | undefined;
  覆盖?: '全部' | undefined;
  下级?: ColumnSpec[] | undefined;
}

const columnFields = {
  /** Header text; a list gives one line each. */
  名称: textLines,
  /** The data field the column reads; defaults to the header text. */
  字段: z.string().min(1).optional(),
  类型: z.enum(COLUMN_TYPES).default('文本'),
  /** Relative width; columns without one get a width from their longest text. */
  宽: z.number().positive().optional(),
  对齐: z.enum(ALIGN).optional(),
  /** Merge runs of equal values down the column. */
  合并: z.boolean().default(false),
  /** The same text in every row (with 合并: one cell down the whole table). */
  值: z.union([z.string(), z.number()]).optional(),
  /** On a 乡镇 column: the table must list every township of the registry. */
  覆盖: z.literal('全部').optional(),
};
export const COLUMN_KEYS = [...Object.keys(columnFields), '下级'];

export const columnSchema: z.ZodType<ColumnSpec, unknown> = z.lazy(() =>
  z
    .object({ ...columnFields, 下级: z.array(columnSchema).min(1).optional() })
    .strict(),
) as z.ZodType<ColumnSpec, unknown>;

export const dataTableSchema = z
  .object({
    /** A data file in the document folder, by file name (达标任务.csv) or by name (达标任务). */
    数据: z.string().min(1).optional(),
    /** Rows written in the block itself. */
    行: z.array(z.record(z.string(), cellValue)).optional(),
    列: z.array(columnSchema).min(1),
    合计: z
      .object({
        /** Text of the total row's first cell; a data row with this text is a declared total and is checked. */
        标签: z.string().min(1).default('合计'),
        /** Fields summed; by default every 整数 column. */
        列: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export const DATA_TABLE_KEYS = Object.keys(dataTableSchema.shape);

const formCellObject = z
  .object({
    文本: textLines.optional(),
    跨列: z.number().int().positive().default(1),
    跨行: z.number().int().positive().default(1),
    对齐: z.enum(ALIGN).optional(),
  })
  .strict();
export const FORM_CELL_KEYS = Object.keys(formCellObject.shape);
const formCell = z.union([cellValue, formCellObject]);
const formRowObject = z
  .object({
    格: z.array(formCell).min(1),
    /** Height in lines, for rows left blank to be filled in by hand. */
    行高: z.number().int().positive(),
  })
  .strict();

export const formTableSchema = z
  .object({
    表单: z.array(z.union([z.array(formCell).min(1), formRowObject])).min(1),
    列宽: z.array(z.number().positive()).optional(),
  })
  .strict();
export const FORM_TABLE_KEYS = Object.keys(formTableSchema.shape);

export type DataTableSpec = z.infer<typeof dataTableSchema>;
export type FormTableSpec = z.infer<typeof formTableSchema>;
export const ALIGN_OF = { 左: 'left', 中: 'center', 右: 'right' } as const;

/** A table drawn from the folder's tasks.yaml. */
export const taskViewSchema = z
  .object({
    视图: z.enum(['任务清单', '考核细则']),
    /** The header labels, to keep a bureau's own wording (重点考评内容, 具体工作要求 …); one per column. */
    表头: z.array(z.string().min(1)).min(1).optional(),
    /** 任务清单 only: the 领域 to list (all by default). */
    领域: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export const TASK_VIEW_KEYS = Object.keys(taskViewSchema.shape);
