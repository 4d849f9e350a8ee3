const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—';
const INNER_SPACE = new RegExp(`(?<=[${CJK}][,;:!?]?)[ \\t\\u3000]+(?=[${CJK}0-9])|(?<=[0-9])[ \\t\\u3000]+(?=[${CJK}])`, 'gu');

/**
 * White space between Chinese characters (or between them and digits) removed: in a repaired
 * line it is where a PDF line was wrapped (上级科技 部门 → 上级科技部门). Space before a Latin
 * letter stays (长三角 G60).
 */
export function collapseInnerSpaces(text: string): string {
  return text.replace(INNER_SPACE, '');
}
