/**
 * The document model (IR) every renderer reads. A discriminated union on `type`;
 * every node carries the position of its source text so rules and the build can
 * point a clerk at file:line:column.
 */

export interface SourcePosition {
  /** Path of the source file, relative to the content folder's parent (as shown to the clerk). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, counted in Unicode code points. */
  column: number;
}

/** Font roles of GB/T 9704; each renderer maps a role to a concrete font. */
export type FontRole = 'xiaobiaosong' | 'fangsong' | 'heiti' | 'kaiti' | 'songti';

export interface TextRun {
  type: 'text';
  text: string;
  /** Role override for emphasis; absent means the role of the enclosing block. */
  role?: FontRole;
  /** A cross-reference ([](#id) in a manual): the loader fills `text` with what it points at (图2-1). */
  ref?: string;
  position: SourcePosition;
}

export type Inline = TextRun;

/** Heading levels map to the ordinals 一、（一）1.（1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  type: 'heading';
  level: HeadingLevel;
  /** The ordinal as printed, e.g. "一、", "（二）", "3.", "（4）". */
  ordinal: string;
  children: Inline[];
  position: SourcePosition;
}

export interface Paragraph {
  type: 'paragraph';
  /** Printed before the text, e.g. "5." for an item of an ordered list. */
  ordinal?: string;
  children: Inline[];
  position: SourcePosition;
}

export type CellAlign = 'left' | 'center' | 'right';

/** One cell as printed; a cell covered by another's span is simply absent from its row. */
export interface TableCell {
  /** Paragraphs of the cell; an empty list is a blank cell (fill-in forms). */
  paragraphs: Inline[][];
  rowSpan: number;
  colSpan: number;
  align: CellAlign;
  position: SourcePosition;
}

export interface TableRow {
  /** header rows repeat on every page and are set in 黑体; a total row closes the table. */
  kind: 'header' | 'body' | 'total';
  cells: TableCell[];
  /** Minimum height in grid lines (blank rows of a fill-in form). */
  minLines?: number;
  position: SourcePosition;
}

/** What a table cell holds, as typed data: what `check` compares. */
export type ColumnType = '文本' | '整数' | '百分比' | '日期' | '乡镇' | '单位' | '企业' | '序号';

export interface TableValue {
  /** The text as printed. */
  text: string;
  /** Integers and percents as numbers, dates as yyyy-mm-dd, names as resolved canonical names. */
  value?: number | string;
  position: SourcePosition;
}

/** The data a table was built from, kept for the checker. */
export interface TableData {
  /** Leaf columns in order, with the field each reads. */
  columns: { field: string; label: string; type: ColumnType; position: SourcePosition }[];
  records: { values: Record<string, TableValue>; position: SourcePosition }[];
  /** A total row: declared (found in the data) or computed. */
  total?: { label: string; declared: boolean; values: Record<string, TableValue>; position: SourcePosition };
  /** `覆盖: 全部` on a township column: the table must list every township of the registry. */
  coverage?: { field: string; position: SourcePosition };
}

export interface Table {
  type: 'table';
  /** Relative column widths; renderers scale them to the 版心 width. */
  columnWidths: number[];
  /** Header rows first, then body and total rows. */
  rows: TableRow[];
  /** Body rows may break across pages between their lines (task lists, whose rows can be taller than a page). */
  breakRows?: boolean;
  data?: TableData;
  position: SourcePosition;
}

export type Block = Heading | Paragraph | Table;

export interface DateValue {
  year: number;
  month: number;
  day: number;
  position: SourcePosition;
}

export interface AttachmentNote {
  /** 1-based number as listed in 附件说明. */
  number: number;
  title: string;
  position: SourcePosition;
}

export interface Attachment {
  number: number;
  /** Title lines as printed on the attachment page (one entry per line). */
  title: string[];
  body: Block[];
  /** 横排: the attachment's pages are landscape (wide tables); GB/T 9704 keeps their page numbers where portrait pages have them. */
  landscape?: boolean;
  position: SourcePosition;
}

export interface Issuer {
  name: string;
  position: SourcePosition;
}

export interface DocumentHead {
  /** 份号: six digits. */
  copyNumber?: string;
  /** 密级 and 保密期限, e.g. "秘密" and "1年". */
  secrecy?: { level: string; term?: string };
  /** 紧急程度: 特急 or 加急. */
  urgency?: string;
  /** 发文机关标志: one or several issuer names and the word beside them ("文件", or none). */
  mark: { issuers: Issuer[]; suffix: string; position: SourcePosition };
  /** 发文字号, e.g. 太应急〔2021〕46号. */
  docNumber?: { text: string; position: SourcePosition };
  /** 签发人 names (上行文). */
  signers?: string[];
}

export interface Signature {
  /** 署名: one per issuer. */
  names: string[];
  date: DateValue;
  /** 加盖印章: true selects the with-seal layout. */
  sealed: boolean;
  position: SourcePosition;
}

/** 版记 of the 文件格式: 抄送, then 印发机关 and 印发日期 between rules on the last page. */
export interface Colophon {
  kind: 'file';
  /** 抄送 organisations, printed "抄送：A，B。" */
  copyTo?: string[];
  /** 印发机关. */
  printer: string;
  printDate: DateValue;
  /** 印数: number of copies, printed "（共印N份）". */
  copies?: number;
  position: SourcePosition;
}

/** 版记 of the 信函格式 (GB/T 9704 §10.1): no 印发 line and no rules, only 抄送 at the foot of the last 版心. */
export interface LetterColophon {
  kind: 'letter';
  copyTo: string[];
  position: SourcePosition;
}

/** 纪要: 出席, 请假 and 列席 lists, each "标签：名单" under the 正文. */
export interface Attendance {
  label: '出席' | '请假' | '列席';
  names: string[];
  position: SourcePosition;
}

/**
 * A document printed after the notice on a new page; the attachments are its. `printed`: the
 * document the notice 印发s (a 工作要点), unsealed. `forwarded`: another organ's 公文 the notice
 * 转发s, reproduced whole with its own 版头, 主送 and sealed 落款.
 */
export interface Enclosure {
  kind: 'printed' | 'forwarded';
  /** The forwarded document's own mark and 文号. */
  head?: DocumentHead;
  title: string[];
  titlePosition: SourcePosition;
  recipients?: string;
  body: Block[];
  attachmentNotes: AttachmentNote[];
  signature: { names: string[]; date: DateValue; sealed: boolean };
  position: SourcePosition;
}

/**
 * A 公文 in 文件格式 (GB/T 9704 §7) or 信函格式 (§10.1): 版头, 主体 and 版记. A 信函 has its
 * mark 30 mm from the paper top between red double lines, the 文号 at the right under the
 * upper lines, no page number on page 1 and a LetterColophon.
 */
export interface OfficialDocument {
  type: 'official-document';
  format: 'file' | 'letter' | 'minutes';
  head: DocumentHead;
  /** Title lines; several lines form a trapezoid, as the author broke them. */
  title: string[];
  titlePosition: SourcePosition;
  /** 主送机关, ending in "：" (the loader adds it); renderers print it as is. */
  recipients?: string;
  body: Block[];
  attachmentNotes: AttachmentNote[];
  /** A 纪要 carries no 署名 or seal: its names are empty and renderers print no 落款. */
  signature: Signature;
  /** 纪要 only. */
  attendance?: Attendance[];
  /** The document this notice 印发s; when present, attachmentNotes are empty and the attachments are the enclosure's. */
  enclosure?: Enclosure;
  /** 附注, already in full-width brackets (the loader adds them); renderers print it as is. */
  note?: string;
  attachments: Attachment[];
  colophon?: Colophon | LetterColophon;
  /** PDF metadata and output name. */
  meta: { name: string; author: string };
  position: SourcePosition;
}
