import { Range, type Operation } from 'slate';
import { sectionHasContent } from '../../core/check/section-content.ts';
import { isHeading, type Block } from '../../core/model.ts';
import { computeLabels } from '../../core/numbering.ts';
import { blocksOf } from './blocks.ts';
import { headingEntry, sameEntry, type HeadingEntry } from './heading-entry.ts';
import type { GongwenEditor } from './slate-types.ts';

type Listener = () => void;
type Labels = readonly (string | undefined)[];

/**
 * Derived outline state kept outside React: the label of every block (computed by core's
 * computeLabels once per structural change, not per render or keystroke), the hint of every
 * required section that is still empty, the outline's heading list, and the block holding the
 * caret. Elements subscribe by element object, so a heading re-renders only when its own label or
 * hint changes. Typing touches only the edited blocks: no pass over the document.
 */
export class OutlineStore {
  private source: readonly Block[] | null = null;
  private labels: Labels = [];
  private labelOf = new WeakMap<Block, string>();
  private hintOf = new WeakMap<Block, string>();
  private headings: readonly HeadingEntry[] = [];
  /** Position of each heading's entry in `headings`, by block index. */
  private entryAt = new Map<number, number>();
  private current = -1;
  private readonly outlineListeners = new Set<Listener>();
  private readonly caretListeners = new Set<Listener>();

  constructor(private readonly editor: GongwenEditor) {}

  readonly subscribeOutline = (listener: Listener): (() => void) => {
    this.outlineListeners.add(listener);
    return () => this.outlineListeners.delete(listener);
  };

  readonly subscribeCaret = (listener: Listener): (() => void) => {
    this.caretListeners.add(listener);
    return () => this.caretListeners.delete(listener);
  };

  readonly getLabels = (): Labels => {
    this.ensureFresh();
    return this.labels;
  };

  readonly getCurrentBlock = (): number => this.current;

  readonly getHeadings = (): readonly HeadingEntry[] => {
    this.ensureFresh();
    return this.headings;
  };

  label(block: Block): string | undefined {
    this.ensureFresh();
    return this.labelOf.get(block);
  }

  hint(block: Block): string | undefined {
    this.ensureFresh();
    return this.hintOf.get(block);
  }

  /** Called from editor.onChange with the operations of the flush, before React re-renders. */
  update(operations: readonly Operation[]): void {
    const editor = this.editor;
    let structural = false;
    const edited = new Set<number>();
    for (const op of operations) {
      if (op.type === 'set_selection') continue;
      if (op.type === 'insert_text' || op.type === 'remove_text') edited.add(op.path[0]!);
      else structural = true;
    }
    let outlineChanged = false;
    if (structural || this.source === null) {
      outlineChanged = this.recompute();
    } else if (edited.size && this.source !== editor.children) {
      outlineChanged = this.refreshEdited(edited);
    }
    const current = editor.selection ? (Range.start(editor.selection).path[0] ?? -1) : -1;
    const caretChanged = current !== this.current;
    this.current = current;
    if (outlineChanged) this.outlineListeners.forEach((listener) => listener());
    if (caretChanged) this.caretListeners.forEach((listener) => listener());
  }

  private ensureFresh(): void {
    // Children replaced without a change notification (first mount): start over.
    if (this.source !== this.editor.children) this.recompute();
  }

  /** Full pass, O(blocks): after any structural operation. Returns whether anything shown changed. */
  private recompute(): boolean {
    const blocks = blocksOf(this.editor);
    const { template } = this.editor.gongwen.getContext();
    const next = computeLabels(blocks, { continuousLevel3: template?.numbering.continuousLevel3 ?? false });
    const sameLabels = next.length === this.labels.length && next.every((label, i) => label === this.labels[i]);
    if (!sameLabels) this.labels = next;
    this.labelOf = new WeakMap();
    this.hintOf = new WeakMap();
    const headings: HeadingEntry[] = [];
    const previousAt = this.entryAt;
    this.entryAt = new Map();
    for (let i = 0; i < blocks.length; i++) {
      const label = this.labels[i];
      if (label !== undefined) this.labelOf.set(blocks[i]!, label);
      this.setHint(blocks, i);
      const entry = headingEntry(blocks[i]!, i);
      if (entry) {
        // An unchanged entry keeps its identity, so its outline row does not re-render.
        const k = previousAt.get(i);
        const previous = k === undefined ? undefined : this.headings[k];
        this.entryAt.set(i, headings.length);
        headings.push(previous && sameEntry(previous, entry) ? previous : entry);
      }
    }
    // Equal entries were reused above, so an unchanged list is the same entries in the same places.
    const sameHeadings = headings.length === this.headings.length && headings.every((entry, k) => entry === this.headings[k]);
    if (!sameHeadings) this.headings = headings;
    this.source = blocks;
    // Element identities changed with the operations; subscribers compare their own values.
    return true;
  }

  /**
   * After text edits only: labels are unchanged; re-key the edited blocks, their sections' hints
   * and their outline entries. Returns whether a hint or the heading list changed: the edited
   * elements re-render anyway (their element objects are new), nothing else needs to hear of it.
   */
  private refreshEdited(edited: Set<number>): boolean {
    const blocks = blocksOf(this.editor);
    let changed = false;
    let headings: HeadingEntry[] | null = null;
    for (const at of edited) {
      const block = blocks[at];
      if (!block) continue;
      const label = this.labels[at];
      if (label !== undefined) this.labelOf.set(block, label);
      const owner = this.sectionOwner(blocks, at);
      if (owner >= 0) {
        const before = this.hintOf.get(blocks[owner]!);
        this.setHint(blocks, owner);
        if (this.hintOf.get(blocks[owner]!) !== before) changed = true;
      }
      const k = this.entryAt.get(at);
      const entry = k === undefined ? undefined : headingEntry(block, at);
      if (k !== undefined && entry && !sameEntry(entry, this.headings[k])) {
        headings ??= this.headings.slice();
        headings[k] = entry;
      }
    }
    if (headings) {
      this.headings = headings;
      changed = true;
    }
    this.source = blocks;
    return changed;
  }

  /** The required heading whose section holds block `at`, or -1. */
  private sectionOwner(blocks: readonly Block[], at: number): number {
    for (let i = at; i >= 0; i--) {
      const block = blocks[i]!;
      // An attachment's text belongs to no section of the body.
      if (block.type === 'annex') return -1;
      if (isHeading(block) && block.level === 1) return block.section !== undefined ? i : -1;
    }
    return -1;
  }

  private setHint(blocks: readonly Block[], at: number): void {
    const block = blocks[at]!;
    if (!isHeading(block) || block.section === undefined) return;
    const section = this.editor.gongwen.getContext().template?.sections.find((s) => s.key === block.section);
    if (!section?.hint) return;
    // The check's own test of an empty section: the hint shows exactly while 检查 says empty-section.
    if (sectionHasContent(blocks, at)) this.hintOf.delete(block);
    else this.hintOf.set(block, section.hint);
  }
}

const stores = new WeakMap<GongwenEditor, OutlineStore>();

export function outlineStore(editor: GongwenEditor): OutlineStore {
  let store = stores.get(editor);
  if (!store) {
    store = new OutlineStore(editor);
    stores.set(editor, store);
  }
  return store;
}

/** Keeps the store current: it is refreshed before slate-react re-renders for the same change. */
export function withOutlineStore(editor: GongwenEditor): GongwenEditor {
  const { onChange } = editor;
  editor.onChange = (options) => {
    outlineStore(editor).update(editor.operations);
    onChange(options);
  };
  return editor;
}
