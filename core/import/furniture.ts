/**
 * Site furniture: the lines a web page, a document-sharing site (文库) or a PDF extraction puts
 * around a report, which are not part of it. Each test looks at one line only; where a line sits
 * in the document (before the title, after the date) is decided in source-lines.ts and
 * document-parts.ts.
 */

import { isSiteStamp } from './site-stamps.ts';

const KEY = '[ \\t\\u3000]*[:：]';

/** Metadata fields of government sites' article pages; one at the start of a line is enough. */
const META_FIELDS = [
  '索引号', '信息索引', '发布机构', '发文机关', '发文单位', '发布单位', '所属机构', '组配分类', '主题分类', '体裁分类', '服务对象分类',
  '信息分类', '名称', '发布人', '发布者', '发布', '更新时间', '更新日期', '热门搜索', '格式', '文档页数', '页数', '大小', '文号', '发文字号', '发布日期', '发布时间', '公开日期', '生成日期', '成文日期', '印发日期', '有效性',
  '信息来源', '文章来源', '来源', '浏览次数', '阅读次数', '访问次数', '点击次数', '点击数', '浏览量', '阅读量', '字号', '字体',
  '分享到', '责任编辑', '移动端', '公开方式', '公开范围', '公开时限', '主题词', '关键词', '关\\s*键\\s*词', '网站',
];
/** Fields common in body text too: only furniture with another field on the same line. */
const WEAK_FIELDS = ['时间', '日期', '作者', '编辑', '标题', '分类', '部门', '审核', '供稿'];

const META_START = new RegExp(`^(?:${META_FIELDS.join('|')})${KEY}`, 'u');
const ANY_FIELD = new RegExp(`(?:${[...META_FIELDS, ...WEAK_FIELDS].join('|')})${KEY}`, 'gu');

const BREADCRUMB = /^(?:您现在(?:所在)?的位置|您现在所在的位置|您所在的?位置|您的位置|当前(?:所在)?位置|所在位置|现在位置|位置)[ \t\u3000]*[:：]/u;
const NAV_START = /^(?:网站)?首页[ \t\u3000]*[>＞»›/]/u;
const NAV_ARROWS = /[>＞»›]/gu;

/** 第1页 共4页 · 第 2 页/共 8 页 · Page 3 of 8 */
const PAGE_OF = /第[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*[,，、/／]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页/u;
/** A page number alone on its line: 3 · - 3 - · — 3 — · 第3页 · Page 3 */
const PAGE_NUMBER = /^(?:[-－—–_ \t\u3000]*\d{1,4}[-－—–_ \t\u3000]*|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页|共[ \t\u3000]*\d{1,4}[ \t\u3000]*页|page[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?)$/iu;

/** Document-sharing sites' banners and download prompts. */
const WENKU =
  /由会员分享|可在线阅读|请在.{0,30}上搜索|文档贡献者|下载后可任意编辑|本文档(?:由|来自|为)|原创力文档|道客巴巴|百度文库|豆丁网|淘文阁|人人文库|文档分享|免费下载|可编辑版|word版(?:本)?(?:可编辑|下载)|精品文档|文档格式|下载文档|下载本文|查看预览|下载前请|付费完成后|网站客服|温馨提示[:：]?$/iu;

/** Page actions and navigation links. */
const ACTIONS =
  /^[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|加入收藏|设为首页|返回顶部|返回|分享到|分享|扫一扫|上一篇|下一篇|相关链接|相关文章|相关阅读|相关推荐|附件下载|文件下载|我要纠错|纠错|文章导读|侵权投诉|海报|Share|政策咨询|政策解读|我要问|字体大小|【大】|大[ \t\u3000]*中[ \t\u3000]*小)[】\]]?(?:[ \t\u3000:：|｜/【[]|$)/u;
const FONT_SIZE = /[【[][ \t\u3000]*(?:字[体号][ \t\u3000]*[:：]?)?[ \t\u3000]*大[ \t\u3000]*中[ \t\u3000]*小[ \t\u3000]*[】\]]/u;

/** Lines that start a site's footer: they and whatever follows them are not the report's. */
const TRAILER =
  /^抄[ \t\u3000]*送[:：]|免责声明|版权声明|版权所有|转载.{0,12}(?:保留|注明|请注明)|原文链接|链接地址|本文链接|来源[:：][ \t\u3000]*网络|由互联网用户整理|整理提供|侵权.{0,8}删除|联系我们|网站地图|网站标识码|ICP备|公网安备|主办单位[:：]|承办单位[:：]|技术支持[:：]|文件下载|附件下载|配套讲稿|特殊限制|关[ \t\u3000]*键[ \t\u3000]*词[:：]|相关推荐|相关阅读|相关文章|上一篇|下一篇|扫一扫|分享到|打印本页|关闭窗口|政策咨询|我要问|【打印】|【关闭】/u;

/** A document's file name on a line of its own, as 文库 pages print it: 某某工作总结.docx */
const FILE_NAME = /^(.{2,100}?)[ \t\u3000]*\.(?:docx?|wps|pdf|txt|pptx?|xlsx?|rtf|odt)$/iu;

/** A menu's bullet before a link or a field (• 热门搜索:); separator lines (|, ·) are only bullets. */
const BULLET = /^(?:[•·▪●◆■|｜][ \t\u3000]*|[-–][ \t\u3000]+)+/u;

/** Furniture glued into a line of text, removed wherever it stands. */
const GLUED = [/下载后可任意编辑[ \t\u3000]*/gu, /[ \t\u3000]*第[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*[,，、/／]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*/gu];

function countMatches(re: RegExp, text: string, limit: number): number {
  re.lastIndex = 0;
  let count = 0;
  while (count < limit && re.exec(text)) count++;
  return count;
}

export type FurnitureKind = 'breadcrumb' | 'metadata' | 'page-marker' | 'wenku' | 'action' | 'file-name';

/**
 * Whether a whole line is site furniture, and which kind; null for a line of the report. Long
 * lines are never furniture (a sentence of the report may mention 来源 or 下载).
 */
export function furnitureKind(line: string): FurnitureKind | null {
  const text = line.trim().replace(BULLET, '');
  if (!text) return line.trim() ? 'action' : null;
  if (text.length > 200) return null;
  if (PAGE_NUMBER.test(text) || (PAGE_OF.test(text) && text.replace(PAGE_OF, '').trim().length < 4)) return 'page-marker';
  if (FILE_NAME.test(text)) return 'file-name';
  if (BREADCRUMB.test(text) || NAV_START.test(text)) return 'breadcrumb';
  if (!text.includes('。') && countMatches(NAV_ARROWS, text, 2) >= 2 && text.length <= 120) return 'breadcrumb';
  if (META_START.test(text) && (text.length <= 120 || !text.includes('。'))) return 'metadata';
  if (countMatches(ANY_FIELD, text, 2) >= 2 && !/。.+/u.test(text)) return 'metadata';
  if (FONT_SIZE.test(text) && text.length <= 40) return 'metadata';
  if (WENKU.test(text)) return 'wenku';
  if (isSiteStamp(text)) return 'metadata';
  if (text.length <= 40 && ACTIONS.test(text)) return 'action';
  return null;
}

/** Whether a line starts a site's footer (disclaimer, download links, related articles, …). */
export function isTrailer(line: string): boolean {
  return line.length <= 300 && TRAILER.test(line);
}

/** The document title a 文库 file-name line gives (某某工作总结.docx → 某某工作总结), or null. */
export function fileNameTitle(line: string): string | null {
  const m = FILE_NAME.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.replace(/^[《「]|[》」]$/gu, '').trim();
  return /\p{Script=Han}/u.test(name) ? name : null;
}

/** A line with glued-in furniture (下载后可任意编辑, 第2页 共8页) removed, and what was removed. */
export function stripGluedFurniture(line: string): { text: string; removed: string[] } {
  let text = line;
  const removed: string[] = [];
  for (const re of GLUED) {
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    text = text.replace(re, (found) => {
      removed.push(found.trim());
      return found.startsWith(' ') || found.endsWith(' ') ? ' ' : '';
    });
  }
  return { text: text.trim(), removed };
}
