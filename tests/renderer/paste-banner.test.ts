import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { getTemplate } from '../../core/templates.ts';
import { documentMeta, initDocumentMeta } from '../../renderer/editor/document-meta.ts';
import { blocksOf, openEditor } from './headless-editor.ts';

/**
 * A whole report pasted into a new document with its 版头 and 版记 (a web page's copy of a 公文):
 * they fill the document's 版头 and 版记, in the paste's one undo step, and the status line says so.
 */
const REPORT = [
  '宣城市科学技术局文件',
  '宣科〔2023〕12号　　签发人：张三',
  '宣城市科学技术局关于2023年科技工作的报告',
  '市人民政府：',
  '一、工作完成情况',
  '全年完成各项任务。',
  '二、存在的问题',
  '问题仍然存在。',
  '三、2024年工作计划',
  '继续推进。',
  '宣城市科学技术局',
  '2023年12月20日',
  '抄送：市委办公室，市人大常委会办公室。',
  '宣城市科学技术局办公室　2023年12月21日印发',
].join('\n');

function paste(text: string) {
  const document = newDocument(getTemplate('report'), { organ: '宣城市科学技术局', year: 2023 });
  const messages: string[] = [];
  const editor = openEditor(document, (message) => messages.push(message));
  initDocumentMeta(editor, document.meta);
  Transforms.select(editor, Editor.start(editor, [1]));
  const data = { getData: (type: string) => (type === 'text/plain' ? text : '') } as unknown as DataTransfer;
  editor.insertTextData(data);
  return { editor, messages, before: document };
}

describe('a whole report pasted with its 版头 and 版记', () => {
  it('fills them, says so, and one Ctrl+Z takes back the paste and them together', () => {
    const { editor, messages, before } = paste(REPORT);
    expect(blockText(blocksOf(editor)[0]!)).toBe('宣城市科学技术局关于2023年科技工作的报告');
    expect(documentMeta(editor).banner).toEqual({ organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] });
    expect(documentMeta(editor).colophon).toEqual({ copyTo: ['市委办公室', '市人大常委会办公室'], printer: '宣城市科学技术局办公室', printDate: '2023年12月21日' });
    // Nothing of them is left in the text.
    expect(blocksOf(editor).some((b) => /文件$|签发人|抄送|印发/u.test(blockText(b)))).toBe(false);
    expect(messages.join('\n')).toContain('已识别版头和版记');
    editor.undo();
    expect(documentMeta(editor)).toEqual(before.meta);
    expect(blocksOf(editor).map(blockText)).toEqual(before.blocks.map(blockText));
    editor.redo();
    expect(documentMeta(editor).banner?.number).toBe('宣科〔2023〕12号');
  });

  it('a report without them leaves the document’s own 版头 and 版记 as they were', () => {
    const { editor, before } = paste(REPORT.split('\n').slice(2, -2).join('\n'));
    expect(blockText(blocksOf(editor)[0]!)).toBe('宣城市科学技术局关于2023年科技工作的报告');
    expect(documentMeta(editor)).toEqual(before.meta);
  });
});
