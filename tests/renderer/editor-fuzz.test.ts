import fc from 'fast-check';
import { Editor, Node, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { blockText, type GongwenDocument, type HeadingLevel } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { findFix } from '../../core/normalize.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { labelTypedAt } from '../../core/typed-label.ts';
import type { GongwenEditor } from '../../renderer/editor/create-editor.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import { blocksOf, openEditor as open } from './headless-editor.ts';

/**
 * Property-based editing on the real Slate editor (our plugins, without a DOM): random documents,
 * then random sequences of what a clerk does — type, delete, split, set level, demote/promote,
 * move a section, toggle run-in, make an attachment, paste text and hostile fragments, select all
 * and delete, undo, redo. After every step the document is valid (the normalizer finds nothing to
 * repair: title first, no skipped level, each required section once and in order); at the end,
 * undoing everything gives back the document exactly, and save → load is the identity.
 *
 * `npm test` runs a bounded, seeded number of sequences; FUZZ_RUNS=100000 runs the long version
 * (`npm run fuzz`). A failure prints the shrunk sequence; each one found becomes a case below.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 100_000 : 150));
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

// No digits, dots, brackets or 、: typed text never forms a label the normalizer would strip.
const TEXT = fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己科技创新发展工作完成情况。，；“”'), minLength: 1, maxLength: 12 });

type Step =
  | { kind: 'type'; at: number; offset: number; text: string }
  | { kind: 'backspace' | 'delete' | 'break'; at: number; offset: number }
  | { kind: 'deleteRange'; from: number; to: number }
  | { kind: 'level'; at: number; level: 0 | HeadingLevel }
  | { kind: 'shift'; at: number; delta: 1 | -1 }
  | { kind: 'move'; at: number; direction: 1 | -1 }
  | { kind: 'runIn' | 'attachment'; at: number }
  | { kind: 'pasteText'; at: number; offset: number; lines: string[] }
  | { kind: 'pasteFragment'; at: number; fragment: unknown[] }
  | { kind: 'selectAllDelete' }
  | { kind: 'undo' | 'redo' };

const at = fc.nat({ max: 60 });
const offset = fc.nat({ max: 40 });
const hostileNode = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'heading', 'title', 'table', 'list', '__proto__'), level: fc.constantFrom(1, 2, 3, 4, 7, '2'), section: fc.constantFrom('done', 'plan', 'bogus'), children: fc.constant([{ text: '粘贴的文字' }]) }),
  fc.constant(JSON.parse('{"type":"paragraph","__proto__":{"polluted":true},"children":[{"text":"原型"}]}')),
  fc.constant({ type: 'quote', children: [{ type: 'paragraph', children: [{ text: '嵌套' }] }] }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), at, offset, text: TEXT }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('backspace' as const, 'delete' as const, 'break' as const), at, offset }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRange' as const), from: at, to: at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('level' as const), at, level: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('shift' as const), at, delta: fc.constantFrom(1 as const, -1 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), at, direction: fc.constantFrom(1 as const, -1 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('runIn' as const, 'attachment' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteText' as const), at, offset, lines: fc.array(fc.oneof(TEXT, fc.constantFrom('一、新的部分', '（一）新的小节', '1.新的事项。正文', '二是措施')), { minLength: 2, maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteFragment' as const), at, fragment: fc.array(hostileNode, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'selectAllDelete' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }) },
);

const textOf = (editor: GongwenEditor) => blocksOf(editor).map(blockText).join('');
const sorted = (text: string) => [...text].sort().join('');
/** Typing that completes an outline number at a paragraph's start: the number becomes the label. */
function completesLabel(editor: GongwenEditor, s: Extract<Step, { kind: 'type' }>): boolean {
  const i = clamp(editor, s.at);
  const block = blocksOf(editor)[i]!;
  const text = blockText(block);
  const offset = Math.min(s.offset, text.length);
  return (block.type === 'paragraph' || block.type === 'heading') && labelTypedAt(text.slice(0, offset), s.text, text.slice(offset)) !== null;
}

const STRUCTURAL = new Set<Step['kind']>(['level', 'shift', 'move', 'runIn', 'attachment']);
const clamp = (editor: GongwenEditor, index: number) => Math.min(index, editor.children.length - 1);

function place(editor: GongwenEditor, index: number, offsetIn: number): void {
  const i = clamp(editor, index);
  const text = Node.string(editor.children[i]!);
  Transforms.select(editor, Editor.point(editor, [i], { edge: 'start' }));
  Transforms.move(editor, { distance: Math.min(offsetIn, text.length), unit: 'offset' });
}

function apply(editor: GongwenEditor, s: Step): void {
  const commands = editorCommands(editor);
  switch (s.kind) {
    case 'type':
      place(editor, s.at, s.offset);
      editor.insertText(s.text);
      return;
    case 'backspace':
      place(editor, s.at, s.offset);
      editor.deleteBackward('character');
      return;
    case 'delete':
      place(editor, s.at, s.offset);
      editor.deleteForward('character');
      return;
    case 'break':
      place(editor, s.at, s.offset);
      editor.insertBreak();
      return;
    case 'deleteRange': {
      const [a, b] = [clamp(editor, Math.min(s.from, s.to)), clamp(editor, Math.max(s.from, s.to))];
      Transforms.select(editor, { anchor: Editor.start(editor, [a]), focus: Editor.end(editor, [b]) });
      editor.deleteFragment();
      return;
    }
    case 'level':
      place(editor, s.at, 0);
      commands.setLevel(s.level);
      return;
    case 'shift':
      place(editor, s.at, 0);
      commands.shift(s.delta);
      return;
    case 'move':
      place(editor, s.at, 0);
      commands.moveSection(s.direction);
      return;
    case 'runIn':
      place(editor, s.at, 0);
      commands.toggleRunIn();
      return;
    case 'attachment':
      place(editor, s.at, 0);
      commands.addAttachment();
      return;
    case 'pasteText':
      place(editor, s.at, s.offset);
      editor.insertTextData({ getData: (type: string) => (type === 'text/plain' ? s.lines.join('\n') : '') } as unknown as DataTransfer);
      return;
    case 'pasteFragment':
      place(editor, s.at, 0);
      editor.insertFragment(structuredClone(s.fragment) as Descendant[]);
      return;
    case 'selectAllDelete':
      Transforms.select(editor, { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) });
      editor.deleteFragment();
      return;
    case 'undo':
      editor.undo();
      return;
    case 'redo':
      editor.redo();
  }
}

const startDocument = fc.record({
  template: fc.constantFrom(...BUILTIN_TEMPLATES),
  fill: fc.array(TEXT, { minLength: 0, maxLength: 6 }),
});

function initial({ template, fill }: { template: (typeof BUILTIN_TEMPLATES)[number]; fill: string[] }): GongwenDocument {
  const document = newDocument(template, { organ: '宣城市科技局', year: 2023 });
  let k = 0;
  for (const block of document.blocks) if (block.type === 'paragraph' && blockText(block) === '' && k < fill.length) block.children = [{ text: fill[k++]! }];
  return document;
}

describe('editing never breaks the outline, loses the way back, or the file', () => {
  it(`holds the invariants over ${RUNS} random edit sequences`, { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(startDocument, fc.array(step, { minLength: 1, maxLength: 25 }), (start, steps) => {
        const document = initial(start);
        const editor = open(document);
        const original = structuredClone(editor.children);
        const context = { template: start.template, meta: document.meta };
        for (const s of steps) {
          const before = textOf(editor);
          const shortcut = s.kind === 'type' && completesLabel(editor, s);
          apply(editor, s);
          const after = textOf(editor);
          // Structure commands never change the text (run-in ⇄ standalone moves only the heading
          // sentence's 。, by design); typing adds exactly what was typed.
          const comparable = (text: string) => sorted(s.kind === 'runIn' ? text.replace(/。/gu, '') : text);
          if (STRUCTURAL.has(s.kind) && comparable(after) !== comparable(before)) throw new Error(`${JSON.stringify(s)} changed the text: ${before} → ${after}`);
          if (s.kind === 'type' && !shortcut && after.length !== before.length + s.text.length) throw new Error(`typing ${s.text} gave ${after.length - before.length} characters`);
          const fix = findFix(blocksOf(editor), context);
          if (fix) throw new Error(`after ${JSON.stringify(s)} the document needs a repair: ${fix.reason}`);
          expect(Object.prototype).not.toHaveProperty('polluted');
        }
        // Save → load is the identity.
        const saved = serializeGwdoc({ meta: document.meta, blocks: blocksOf(editor) });
        const loaded = parseGwdoc(saved);
        if (!loaded.ok) throw new Error(loaded.error);
        expect(loaded.document.blocks).toEqual(JSON.parse(JSON.stringify(blocksOf(editor))));
        // Undoing everything gives the original back exactly.
        while (editor.history.undos.length > 0) editor.undo();
        expect(editor.children).toEqual(original);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('regressions found by the fuzzer', () => {
  /** A new half-year document with `text` as the first body paragraph, the caret at `offset` in it. */
  function withParagraph(text: string, offset: number): { editor: GongwenEditor; at: number } {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === 'half-year')!;
    const editor = open(newDocument(template, { organ: '某局', year: 2023 }));
    const at = blocksOf(editor).findIndex((b) => b.type === 'paragraph' && blockText(b) === '');
    Transforms.insertText(editor, text, { at: Editor.start(editor, [at]) });
    Transforms.select(editor, { path: [at, 0], offset });
    return { editor, at };
  }

  // Seed 1, run 13,899: a comma typed after 二 in 二是措施 made 二， a label and the paragraph a
  // heading, losing 二 and the comma.
  it('a comma typed after a numeral is punctuation, not the end of a number', () => {
    const { editor, at } = withParagraph('二是措施', 1);
    editor.insertText('，');
    expect(blocksOf(editor)[at]).toEqual({ type: 'paragraph', children: [{ text: '二，是措施' }] });
  });

  // Seed 2, run 4,787: the same in a heading — 二是措施 as a heading, ，展… typed after 二 — and the
  // normalizer stripped 二， as a typed number.
  it('a heading keeps 二， typed at its start', () => {
    const { editor, at } = withParagraph('二是措施', 0);
    editorCommands(editor).setLevel(2);
    Transforms.select(editor, { path: [at, 0], offset: 1 });
    editor.insertText('，展作');
    expect(blocksOf(editor)[at]).toMatchObject({ type: 'heading', level: 2, children: [{ text: '二，展作是措施' }] });
  });

  it('一、 typed on a fresh line makes a heading once the next key shows it is not 二、三季度', () => {
    const { editor, at } = withParagraph('二', 1);
    editor.insertText('、');
    expect(blocksOf(editor)[at]).toEqual({ type: 'paragraph', children: [{ text: '二、' }] });
    editor.insertText('科');
    expect(blocksOf(editor)[at]).toMatchObject({ type: 'heading', level: 1, children: [{ text: '科' }] });
  });
});
