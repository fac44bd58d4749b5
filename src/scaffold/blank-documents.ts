/**
 * The files of a new, blank document of each kind. Every field carries a Chinese comment
 * saying what it is and how to write it; “××” marks what the clerk must replace. Each blank
 * passes `gongwen check` as it stands, so the clerk starts from a document that builds.
 */
import type { FolderContents } from './write-new-folder.js';

export const KINDS = ['notice', 'task-list', 'rubric', 'manual'] as const;
export type Kind = (typeof KINDS)[number];

/** The 文件格式 header, 主送 and title of a notice; `attachments` is its 附件 list. */
function noticeFrontMatter(year: number, title: string, attachments: string, extra = ''): string {
  return `---
# 这是 gongwen new 生成的通知（文件格式）。“××”处换成实际内容；以“#”开头的行是说明，不会印出，可以删去。
# 每行写成“键: 值”：冒号用半角“:”，冒号后空一格。字段的详细写法见 README“前置数据字段”。
#
# 发文机关标志：照印出的样子写，一般以“文件”二字结尾；联合行文写成列表，每行“- 机关名”。
发文机关标志: ××市××局文件
# 发文字号：写成“机关代字〔年份〕序号号”，年份用六角括号〔〕，序号不加“第”、不补 0。
# 取得文号后，删去下一行行首的“# ”，把“□”改成序号。
# 发文字号: ××〔${year}〕□号
# 标题：写成列表时按列表分行（排成梯形或菱形）；只写一行时自动折行。
标题:
  - ${title}
# 主送：主送机关，机关之间用顿号或逗号；末尾的全角冒号可写可不写。
主送: 各镇人民政府、街道办事处，区各有关部门
# 附件：顺序就是附件序号。“标题”与附件页上的标题一致，末尾不加标点；“文件”是本文件夹里的附件文件名。
附件:
${attachments}
# 署名：发文机关的名称；联合行文写成列表。
署名: ××市××局
# 成文日期：签发的日期，写成 ${year}年3月1日，月、日不补 0。
成文日期: ${year}年3月1日
# 附注：自动加圆括号；不需要时删去这一行。
附注: 此件公开发布
# 印发机关、印发日期：版记里的印发机关（一般是办公室）和印发日期，有版记时两项都要写。
印发机关: ××市××局办公室
印发日期: ${year}年3月1日
${extra}---
`;
}

const TASKS_EXTRA = (year: number) => `# 名录：本局名录的文件夹名（content/registries/<名录名>/），任务的单位名称逐一对照其中的 units.yaml。
# 建好名录后删去下一行行首的“# ”。
# 名录: ××
# 年度：计划年度，不写年份的时限（6月底前）都按这一年算。
年度: ${year}
`;

function notice(year: number): FolderContents {
  const title = `${year}年××工作安排表`;
  return new Map([
    [
      'index.md',
      noticeFrontMatter(year, `关于做好${year}年××工作的通知`, `  - 标题: ${title}\n    文件: 附件1-工作安排.md`) +
        `
为做好${year}年××工作，现将有关事项通知如下。

# 工作目标

这里写正文。段落之间空一行，行首不要加空格；标题用“#”的个数表示层级，序号自动编排，不必手写。

# 工作要求

各单位要按照附件所列安排抓好落实，于6月底前将工作进展情况报送××市××局。
`,
    ],
    [
      '附件1-工作安排.md',
      `---
# 附件页上印的标题，必须与 index.md 附件说明中的标题一致；写成列表可以指定在哪里分行。
标题: ${title}
---

\`\`\`表格
# 表格的列：名称是表头；类型写 序号 的列自动编号；宽是相对宽度。写法见 README“表格”。
列:
  - 名称: 序号
    类型: 序号
    宽: 2
  - 名称: 工作内容
    宽: 10
  - 名称: 完成时限
    宽: 4
  - 名称: 责任单位
    宽: 5
# 行：每行一项，写成“列名: 内容”；数据多时可改用 CSV 文件（数据: 文件名.csv）。
行:
  - 工作内容: ××工作
    完成时限: 6月底前
    责任单位: ××科
\`\`\`
`,
    ],
  ]);
}

function tasksFile(year: number, rubric: boolean): string {
  const requirement = (text: string) => (rubric ? `\n    考核要求: ${text}        # 考核细则“具体要求”一栏；不写则用“任务”` : '');
  return `# 任务：每项任务只写一次，${rubric ? '附件的考核细则' : '附件的任务清单'}由它生成（写法见 README“任务”一节）。
# 单位名称要写全称，与名录 units.yaml 中的规范名称一致。
任务:
  - 编号: 1                        # 1、2、3……连续编号
    领域: ××行业                    # 重点行业领域；只在该领域第一项任务上写，后面的任务沿用
    任务: ××××。                    # 工作任务，一句话
    举措:                           # 工作举措，每条一段；几条时印成“一是……二是……”
      - ××××。
      - ××××。
    牵头: 区××局                    # 牵头单位，一家或几家：[区××局, 区××局]
    配合: [区××局, 区××局]          # 配合单位
    时限: ${year}年6月底                # 如 ${year}年底、6月底前、3月15日前、持续推进、${year}年底完成，并持续推进${requirement('6月底前完成××。')}
  - 编号: 2
    任务: ××××。
    责任单位: 区××局                # 没有牵头单位时写 责任单位（一家或几家）
    时限: ${year}年底完成，并持续推进${requirement('年底前完成××，并持续推进。')}
${
  rubric
    ? `考核细则:
  总分: 100                         # 可不写；写了就核对各项分值之和
  项目:
    - 内容: ××工作                  # 考评内容
      任务: [1, 2]                  # 考核哪几项任务（编号）
      分值: 100                     # 可不写；写了就印“分值”列和合计行
      评分: 未完成一项扣10分。       # 可不写；写了就印“评分标准”列
`
    : ''
}`;
}

function taskNotice(year: number, rubric: boolean): FolderContents {
  const title = rubric ? `${year}年××工作考核细则` : `${year}年××重点工作任务清单`;
  const file = rubric ? '附件-考核细则.md' : '附件-任务清单.md';
  const view = rubric
    ? `# 视图：考核细则，由 tasks.yaml 的“考核细则”生成。要沿用本局的表头文字时加一行：表头: [序号, 重点考评内容, 具体工作要求]
视图: 考核细则`
    : `# 视图：任务清单，由 tasks.yaml 生成；只列某些领域时加一行：领域: [××行业]
视图: 任务清单`;
  const body = rubric
    ? `现将《${title}》印发给你们，请对照考核细则抓好各项工作落实，年底前将完成情况报送××市××局。\n`
    : `现将${year}年××重点工作任务清单印发给你们。清单共列出{{计数 任务清单.领域}}个领域的{{计数 任务清单.任务}}项工作任务，请各牵头单位会同配合单位按时完成。\n`;
  return new Map([
    ['index.md', noticeFrontMatter(year, rubric ? `关于印发《${title}》的通知` : `关于印发${title}的通知`, `  - 标题: ${title}\n    文件: ${file}`, TASKS_EXTRA(year)) + '\n' + body],
    ['tasks.yaml', tasksFile(year, rubric)],
    [
      file,
      `---
# 附件页上印的标题，必须与 index.md 附件说明中的标题一致。
标题: ${title}
${rubric ? '' : '# 横排：宽表印在横向页上；不需要时删去这一行。\n横排: true\n'}---

\`\`\`表格
${view}
\`\`\`
`,
    ],
  ]);
}

function manual(year: number): FolderContents {
  return new Map([
    [
      'manual.md',
      `---
# 这是 gongwen new 生成的手册。“××”处换成实际内容；以“#”开头的行是说明，不会印出，可以删去。写法见 README“写一本手册”。
# 文种：固定写“手册”（gongwen 据此与公文区分）。
文种: 手册
# 标题：手册名称，印在封面和页眉上。
标题: ××安全指导手册
# 副标题：印在标题下方；不需要时删去这一行。
副标题: 工贸企业适用
# 编制单位：印在封面。
编制单位: ××市××局
# 版次：如 ${year}年版；不需要时删去这一行。
版次: ${year}年版
# 日期：印在封面，写成 ${year}年3月 或 ${year}年3月1日，月、日不补 0。
日期: ${year}年3月
# 纸张：A4（版心同公文）或 A5（小册子）。
纸张: A4
# 标准库：各手册共用的标准库（相对本文件夹的路径）；正文和图鉴里引用的标准编号都要收在里面。
标准库: ../registries/standards.yaml
# 图鉴：图鉴条目文件；没有图鉴时删去这一行，并删去章节文件里的“图鉴: 全部”。
图鉴: 图鉴.yaml
# 章节：各章的文件，按印出的顺序列出；章号自动编排。
章节:
  - 01-概述.md
  - 02-隐患图鉴.md
---

这里写前言：编写手册的目的、适用对象和使用方法。不写前言时删去这些文字。
`,
    ],
    [
      '01-概述.md',
      `---
# 标题：本章标题，印成“第一章　概述”，章号自动编排。
标题: 概述
---

# 适用范围

这里写正文。“#”印成“一、”，“##”印成“（一）”，“###”印成“1.”，不要手写序号。

插图的写法见 images/说明.txt。
`,
    ],
    [
      '02-隐患图鉴.md',
      `---
# 标题：本章标题。
标题: 常见隐患图鉴
# 图鉴：在本章正文之后印出图鉴条目：全部，或编号列表 [××-01, ××-02]。
图鉴: 全部
---

这里写本章的说明。图鉴条目写在 图鉴.yaml 里，每个条目印成本章的一节。
`,
    ],
    [
      '图鉴.yaml',
      `# 图鉴条目：每个条目依次印出【问题描述】【规范标准】【对策措施】【事故案例】。写法见 README“写一本手册”。
条目:
  - 编号: ××-01                     # 全手册不重复；交叉引用写 [](#××-01)
    标题: ××××                      # 条目标题，如“作业前未进行气体检测”
    问题描述: |                     # 多段之间空一行
      这里描述现场存在的问题。
    # 图片：放在 images 文件夹里，PNG 或 JPEG；有图片时删去下面三行行首的“# ”。
    # 图片:
    #   - 文件: images/××-01.png
    #     说明: ××××                # 图题
    规范标准:
      - 标准: GB 2894—2008          # 标准库里的编号；印成《名称》（编号）
        条款: 4.1                   # 可不写
        内容: 这里写条款的要求。    # 可不写
    对策措施:                       # 自动编号 1. 2. …
      - 这里写整改措施。
    事故案例: |                     # 可不写
      这里写典型事故案例。
`,
    ],
    [
      'images/说明.txt',
      `这个文件夹放手册用到的图片，只能是 PNG 或 JPEG。
在章节里插图：单独写一段 ![图题](images/文件名.png "编号 60%")，编号用于交叉引用 [](#编号)，60% 是占版心宽度的比例（不写为 80%）。
在图鉴里插图：在条目的“图片”下写 文件: images/文件名.png 和 说明: 图题。
这个说明文件不会印出，可以删去。
`,
    ],
  ]);
}

export function blankDocument(kind: Kind, year: number): FolderContents {
  switch (kind) {
    case 'notice':
      return notice(year);
    case 'task-list':
      return taskNotice(year, false);
    case 'rubric':
      return taskNotice(year, true);
    case 'manual':
      return manual(year);
  }
}
