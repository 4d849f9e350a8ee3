import fc from 'fast-check';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { blockText, type Block, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { computeLabels } from '../../core/numbering.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import type { GongwenEditor } from '../../renderer/editor/create-editor.ts';
import { blocksOf, openEditor } from './headless-editor.ts';

/**
 * Figures typed into body text stay figures (issue 14, item 1): 1.5亿元 typed key by key once became
 * a level-3 heading 1. + 5亿元, and after a 1.设立… heading was added above it read 2.5亿元. Random
 * paragraphs of digits, . ． % ％ 、 万 亿 元 and Chinese text are typed one key at a time into body
 * text under a （一） heading; the digits the document holds are the digits typed, in order, and
 * the only text ever taken out of a paragraph is an outline number that no figure continues —
 * before and after a later structure edit.
 */
const RUNS = Number(process.env.TYPED_FIGURE_RUNS ?? 10_000);

const HALF_YEAR = BUILTIN_TEMPLATES.find((t) => t.id === 'half-year')!;
const KEY = fc.constantFrom(...'0123456789', '0', '1', '2', '.', '.', '．', '%', '％', '、', ' ', '万', '亿', '元', '的', '资', '金', '到', '位', '增', '幅', '。', '，');
const PARAGRAPH = fc.string({ unit: KEY, minLength: 1, maxLength: 14 });
/** A number the label would have cut off: 1. + 5亿元 was 1.5亿元. */
const FIGURE_GOES_ON = /^[0-9０-９]/u;
/**
 * Labels of the 1. 1、 family with their spaces, the only outline numbers this alphabet can type;
 * one after another where a number typed at the start of the new heading was dropped in turn.
 */
const NUMBER_LABELS = /^(?: *[0-9]{1,3} ?[.．、] *)+$/u;
const NUMBER_LABEL = / *[0-9]{1,3} ?[.．、]/uy;
const digits = (text: string) => text.replace(/[^0-9０-９]/gu, '');

type Edit = { kind: 'heading-above' } | { kind: 'level'; which: number; level: 0 | 3 | 4 } | { kind: 'shift'; which: number; delta: 1 | -1 } | { kind: 'move'; direction: 1 | -1 };
const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ kind: 'heading-above' as const }),
  fc.record({ kind: fc.constant('level' as const), which: fc.nat({ max: 3 }), level: fc.constantFrom(0 as const, 3 as const, 4 as const) }),
  fc.record({ kind: fc.constant('shift' as const), which: fc.nat({ max: 3 }), delta: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ kind: fc.constant('move' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
);

function typeKeys(editor: GongwenEditor, text: string): void {
  for (const key of text) editor.insertText(key);
}

/** A half-year report with （一）系统谋划 typed under 一、, the caret in a body paragraph after it. */
function typeSubheading(): { document: GongwenDocument; subheading: number } {
  const document = newDocument(HALF_YEAR, { organ: '宣城市科技局', year: 2023 });
  const editor = openEditor(document);
  const body = blocksOf(editor).findIndex((b, i) => i > 1 && b.type === 'paragraph' && blockText(b) === '');
  Transforms.select(editor, Editor.start(editor, [body]));
  typeKeys(editor, '（一）系统谋划');
  expect(blocksOf(editor)[body]).toMatchObject({ type: 'heading', level: 2, children: [{ text: '系统谋划' }] });
  editor.insertBreak();
  return { document: { ...document, blocks: structuredClone(blocksOf(editor)) }, subheading: body };
}

const START = typeSubheading();

/** A fresh editor on START, the caret in the empty paragraph under （一）. */
function underSubheading(): { editor: GongwenEditor; subheading: number } {
  const editor = openEditor(START.document);
  Transforms.select(editor, Editor.start(editor, [START.subheading + 1]));
  return { editor, subheading: START.subheading };
}

/** What typing `typed` left in `block`: the text, or a broken promise. */
function checkTyped(typed: string, block: Block): void {
  const text = blockText(block);
  if (!typed.endsWith(text)) throw new Error(`typed ${JSON.stringify(typed)}, the document holds ${JSON.stringify(text)}`);
  const dropped = typed.slice(0, typed.length - text.length);
  if (dropped === '') return;
  if (block.type !== 'heading' || !NUMBER_LABELS.test(dropped)) throw new Error(`typed ${JSON.stringify(typed)}: ${JSON.stringify(dropped)} went missing`);
  for (let at = 0; at < dropped.length; at = NUMBER_LABEL.lastIndex + /^ */u.exec(dropped.slice(NUMBER_LABEL.lastIndex))![0].length) {
    NUMBER_LABEL.lastIndex = at;
    NUMBER_LABEL.exec(dropped);
    if (FIGURE_GOES_ON.test(typed.slice(NUMBER_LABEL.lastIndex))) throw new Error(`typed ${JSON.stringify(typed)}: the figure lost its start ${JSON.stringify(dropped)}`);
  }
}

function apply(editor: GongwenEditor, edit: Edit, subheading: number, typedBlocks: number): void {
  const commands = editorCommands(editor);
  const place = (at: number) => Transforms.select(editor, Editor.start(editor, [at]));
  switch (edit.kind) {
    case 'heading-above':
      // The step: a 1.设立科技专项 heading typed above the paragraphs.
      Transforms.select(editor, Editor.end(editor, [subheading]));
      editor.insertBreak();
      typeKeys(editor, '1.设立科技专项');
      return;
    case 'level':
      place(subheading + 1 + (edit.which % typedBlocks));
      commands.setLevel(edit.level);
      return;
    case 'shift':
      place(subheading + 1 + (edit.which % typedBlocks));
      commands.shift(edit.delta);
      return;
    case 'move':
      place(subheading);
      commands.moveSection(edit.direction);
  }
}

const textsOf = (editor: GongwenEditor) => blocksOf(editor).map(blockText);

describe('figures typed into body text', () => {
  it(`keep every digit, in order, over ${RUNS} typed paragraphs and a structure edit after`, { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(PARAGRAPH, { minLength: 1, maxLength: 3 }), EDIT, (paragraphs, edit) => {
        const { editor, subheading } = underSubheading();
        const around = textsOf(editor);
        paragraphs.forEach((typed, i) => {
          if (i > 0) editor.insertBreak();
          typeKeys(editor, typed);
        });
        const typedBlocks = blocksOf(editor).slice(subheading + 1, subheading + 1 + paragraphs.length);
        paragraphs.forEach((typed, i) => checkTyped(typed, typedBlocks[i]!));
        // The document's digits: those around the typed paragraphs, then the ones typed, in order.
        const kept = paragraphs.map((typed, i) => typed.slice(typed.length - blockText(typedBlocks[i]!).length));
        const digitsBefore = digits(textsOf(editor).join(''));
        expect(digitsBefore).toBe(digits([...around.slice(0, subheading + 1), ...kept, ...around.slice(subheading + 2)].join('')));

        const before = textsOf(editor);
        apply(editor, edit, subheading, paragraphs.length);
        const after = textsOf(editor);
        // A structure edit never changes a text; the heading typed above adds exactly its own.
        const expected = edit.kind === 'heading-above' ? [...before, '设立科技专项'].sort() : [...before].sort();
        expect([...after].sort()).toEqual(expected);
        // A moved section takes its paragraphs along: the digits keep their order within them.
        if (edit.kind !== 'move') expect(digits(after.join(''))).toBe(digitsBefore);
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
  });

  it('the issue\'s steps: 1.5亿元 and 2.3% stay body text, and stay so under a 1.设立科技专项 heading', () => {
    const { editor, subheading } = underSubheading();
    typeKeys(editor, '1.5亿元的专项资金已全部到位。');
    editor.insertBreak();
    typeKeys(editor, '2.3%的增幅高于全省平均。');
    apply(editor, { kind: 'heading-above' }, subheading, 2);
    const blocks = blocksOf(editor);
    const labels = computeLabels(blocks, HALF_YEAR.numbering);
    const shown = blocks.slice(subheading, subheading + 4).map((b, i) => `${labels[subheading + i] ?? ''}${blockText(b)}`);
    expect(shown).toEqual(['（一）系统谋划', '1.设立科技专项', '1.5亿元的专项资金已全部到位。', '2.3%的增幅高于全省平均。']);
    expect(blocks.slice(subheading + 2, subheading + 4).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
