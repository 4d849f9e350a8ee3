import { listState } from '../annex-list.ts';
import { blockText } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';

/**
 * The 附件说明 names the attachments the document holds, by number and title (GB/T 9704 §8:
 * 附件顺序号和附件标题应当与附件说明的表述一致). A document without attachments of its own may list
 * attachments sent apart, so nothing is asked of it. Where a line reads differently the fix writes
 * the attachment's title into it; where lines are missing or too many, the fix rewrites the list
 * from the titles (core/annex-list.ts), in the document, where the clerk sees it.
 */
export function annexListFindings({ document }: CheckContext): Draft<'annex-list-mismatch'>[] {
  const { blocks } = document;
  const { titles, lines } = listState(blocks);
  if (titles.length === 0) return [];
  const lineAt = blocks.flatMap((b, i) => (b.type === 'attachment' ? [i] : []));
  // An untitled attachment is annex-untitled's to report; its name cannot be written in yet.
  const fixable = titles.every((title) => title !== '');
  if (lines.length !== titles.length) {
    const block = lineAt[0] ?? blocks.findIndex((b) => b.type === 'annex');
    const message = lines.length === 0 ? `文末有 ${titles.length} 个附件，正文后没有附件说明` : `附件说明列出 ${lines.length} 个附件，文末有 ${titles.length} 个附件`;
    return [{ code: 'annex-list-mismatch', block, message: `${where(block)}：${message}，应逐一列出附件的序号和标题`, ...(fixable ? { listFix: titles } : {}) }];
  }
  const findings: Draft<'annex-list-mismatch'>[] = [];
  lines.forEach((line, k) => {
    const title = titles[k]!;
    if (line === title) return;
    const block = lineAt[k]!;
    const text = blockText(blocks[block]!);
    const finding: Draft<'annex-list-mismatch'> = {
      code: 'annex-list-mismatch',
      block,
      message: `${where(block)}附件说明第 ${k + 1} 项「${clip(line, 24)}」与附件${titles.length > 1 ? k + 1 : ''}的标题「${clip(title, 24)}」不一致`,
    };
    if (title !== '') finding.fix = { start: 0, end: text.length, text: title };
    findings.push(finding);
  });
  return findings;
}
