/** A short Chinese description of a data value for messages: “十二”、空值、列表（3 项）、{名称: 甲, 人数: 12}. */
export function describeValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '空值';
  if (typeof value === 'string') return `文字“${clip(value, 20)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  if (typeof value === 'object') {
    if (depth > 0) return '{…}';
    const parts = Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : describeValue(v, depth + 1)}`);
    return `{${clip(parts.join(', '), 40)}}`;
  }
  return typeof value;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
