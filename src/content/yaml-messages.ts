/** Chinese explanations for the yaml library's error codes, with the fix a clerk can make. */
export function describeYamlError(code: string, raw: string, offset: number): { message: string; hint: string } {
  const lineText = raw.slice(raw.lastIndexOf('\n', offset - 1) + 1).split('\n')[0] ?? '';
  if (/^[^:#\n]*：/.test(lineText) && !/^[^：\n]*:/.test(lineText)) {
    return {
      message: '这一行的键后面用了全角冒号“：”，YAML 认不出键和值。',
      hint: '把键后面的“：”改成半角“:”，并在冒号后留一个空格，例如 标题: 关于……的通知',
    };
  }
  const known: Record<string, { message: string; hint: string }> = {
    DUPLICATE_KEY: { message: '同一个键写了两次。', hint: '删去重复的一行，或把两处内容合并。' },
    BAD_INDENT: { message: '缩进不对齐。', hint: '同一层的键要左对齐；子项比上一层多缩进两个空格。' },
    TAB_AS_INDENT: { message: '用 Tab 键缩进了。', hint: 'YAML 只接受空格缩进，请把 Tab 换成两个空格。' },
    MISSING_CHAR: { message: '缺少配对的引号或括号。', hint: '检查这一行的引号（"" 或 \'\'）、方括号 [] 和花括号 {} 是否成对。' },
    MULTILINE_IMPLICIT_KEY: { message: '一个键的值跨了多行，YAML 无法识别。', hint: '把值写在一行里，或在键后写 | 再换行缩进书写多行文字。' },
    BLOCK_AS_IMPLICIT_KEY: { message: '这一行的格式不是“键: 值”。', hint: '检查冒号是否为半角“:”且后面留了空格，以及上一行是否缺少引号。' },
    UNEXPECTED_TOKEN: { message: '这里出现了 YAML 不认识的内容。', hint: '检查这一行的冒号、引号和缩进；含有冒号或 # 的值请用引号括起来。' },
    BAD_SCALAR_START: { message: '值以 YAML 的特殊符号开头。', hint: '以 @、`、%、* 等符号开头的值请用引号括起来。' },
    BAD_DIRECTIVE: { message: '以 % 开头的行不是有效的 YAML 指令。', hint: '如果这是正文内容，请用引号括起来。' },
    MISSING_ANCHOR: { message: '引用了不存在的锚点（*名称）。', hint: '以 * 开头的值请用引号括起来。' },
  };
  return known[code] ?? { message: `YAML 格式错误（${code}）。`, hint: '检查这一行的冒号、引号和缩进。' };
}
