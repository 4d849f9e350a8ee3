import { Editor, Transforms, type Descendant } from 'slate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSubmission } from '../../core/check/index.ts';
import { blockText, heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { findTemplate } from '../../core/templates.ts';
import { blocksOf } from '../../renderer/editor/blocks.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import type * as Normalize from '../../core/normalize.ts';
import { createGongwenEditor, type GongwenEditor } from '../../renderer/editor/create-editor.ts';
import { outlineStore } from '../../renderer/editor/outline-store.ts';

// Counts the editor's document-wide rule passes (core's findFix scans every block).
const passes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../core/normalize.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Normalize>();
  return {
    ...original,
    findFix: (...args: Parameters<typeof original.findFix>) => {
      passes.count++;
      return original.findFix(...args);
    },
  };
});

/**
 * What a keystroke costs the editor's derived state: typing touches the edited block only (no
 * document-wide rule pass, no label pass, no notification unless a hint or an outline line
 * changed); a structural change recomputes, and outline entries that did not change keep their
 * identity, so their rows do not re-render.
 */
const template = findTemplate('half-year')!;

function open(document: GongwenDocument): GongwenEditor {
  const editor = createGongwenEditor({ getContext: () => ({ template, meta: document.meta }), notify: () => undefined });
  editor.children = structuredClone(document.blocks) as Descendant[];
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  return editor;
}

/** Slate reports changes (editor.onChange) in a microtask. */
const flushed = () => new Promise((resolve) => setTimeout(resolve, 0));

function report(): GongwenDocument {
  const base = newDocument(template, { organ: '某局', year: 2024 });
  const blocks: Block[] = [...base.blocks];
  // Under 一、工作完成情况: （一）甲 with a paragraph, （二）乙 with a paragraph.
  const first = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
  const end = blocks.findIndex((b, i) => i > first && b.type === 'heading' && b.level === 1);
  blocks.splice(first + 1, end - first - 1, heading(2, '甲'), textBlock('paragraph', '甲的正文。'), heading(2, '乙'), textBlock('paragraph', '乙的正文。'));
  return { ...base, blocks };
}

const indexOf = (editor: GongwenEditor, text: string) => blocksOf(editor).findIndex((b) => blockText(b) === text);

describe('typing and the outline state', () => {
  let editor: GongwenEditor;
  let notified: number;
  beforeEach(async () => {
    editor = open(report());
    const store = outlineStore(editor);
    store.getLabels();
    await flushed();
    notified = 0;
    store.subscribeOutline(() => notified++);
    passes.count = 0;
  });

  it('typing in body text: no rule pass over the document, nothing recomputed, nobody told', async () => {
    const store = outlineStore(editor);
    const labels = store.getLabels();
    const headings = store.getHeadings();
    const at = indexOf(editor, '甲的正文。');
    Transforms.select(editor, Editor.end(editor, [at]));
    editor.insertText('补充');
    await flushed();
    expect(blockText(blocksOf(editor)[at]!)).toBe('甲的正文。补充');
    expect(passes.count).toBe(0);
    expect(notified).toBe(0);
    expect(store.getLabels()).toBe(labels);
    expect(store.getHeadings()).toBe(headings);
  });

  it('typing in a heading: its outline line changes, the others keep their identity', async () => {
    const store = outlineStore(editor);
    const before = store.getHeadings();
    const at = indexOf(editor, '乙');
    Transforms.select(editor, Editor.end(editor, [at]));
    editor.insertText('项');
    await flushed();
    expect(passes.count).toBe(0);
    const after = store.getHeadings();
    expect(after).not.toBe(before);
    expect(after.map((entry) => entry.text)).toEqual(before.map((entry) => (entry.index === at ? '乙项' : entry.text)));
    after.forEach((entry, k) => {
      if (entry.index !== at) expect(entry).toBe(before[k]);
    });
    expect(store.label(blocksOf(editor)[at]!)).toBe('（二）');
    expect(notified).toBe(1);
  });

  it('the first character in an empty required section takes its hint away', async () => {
    const store = outlineStore(editor);
    const blocks = blocksOf(editor);
    const problems = blocks.findIndex((b) => b.type === 'heading' && b.section !== undefined && store.hint(b) !== undefined);
    expect(problems).toBeGreaterThan(0);
    Transforms.select(editor, Editor.start(editor, [problems + 1]));
    editor.insertText('一是');
    await flushed();
    expect(passes.count).toBe(0);
    expect(store.hint(blocksOf(editor)[problems]!)).toBeUndefined();
    expect(notified).toBe(1);
  });

  it('a structural change (Tab) runs the rules and relabels; unchanged outline lines keep their identity', async () => {
    const store = outlineStore(editor);
    const before = store.getHeadings();
    const at = indexOf(editor, '乙');
    Transforms.select(editor, Editor.start(editor, [at]));
    editorCommands(editor).shift(1);
    await flushed();
    expect(passes.count).toBeGreaterThan(0);
    expect(store.label(blocksOf(editor)[at]!)).toBe('1.');
    const after = store.getHeadings();
    after.forEach((entry, k) => {
      if (entry.index === at) expect(entry.level).toBe(3);
      else expect(entry).toBe(before[k]);
    });
  });
});

describe('the section hint and 检查', () => {
  it('a required section shows its hint exactly where the check calls it empty', () => {
    const base = newDocument(template, { organ: '某局', year: 2024 });
    const at = (key: string) => base.blocks.findIndex((b) => b.type === 'heading' && b.section === key);
    const blocks: Block[] = [...base.blocks];
    // From the end, so the earlier indices hold: plan has only a subheading, problems only a
    // 参考 note and a blank line, done a paragraph.
    blocks.splice(at('plan') + 1, 0, heading(2, '加大投入'));
    blocks.splice(at('problems') + 1, 0, { type: 'note', children: [{ text: '上期：存在的问题' }] }, textBlock('paragraph', '　'));
    blocks.splice(at('done') + 1, 0, textBlock('paragraph', '完成了。'));
    const editor = open({ ...base, blocks });
    const store = outlineStore(editor);
    const shown = editor.children as Block[];
    const empty = checkSubmission({ meta: base.meta, blocks: shown }).filter((f) => f.code === 'empty-section').map((f) => f.block);
    const hinted = shown.flatMap((b, i) => (b.type === 'heading' && b.section !== undefined && store.hint(b) !== undefined ? [i] : []));
    expect(hinted).toEqual([shown.findIndex((b) => b.type === 'heading' && b.section === 'problems')]);
    expect(hinted).toEqual(empty);
  });
});
