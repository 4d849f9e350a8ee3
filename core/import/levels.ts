import type { HeadingLevel } from '../model.ts';
import { USUAL_LEVEL, type LabelFamily } from './labels.ts';

/**
 * Heading levels from label families and context.
 *
 * The families in use form a path, like Word's multilevel lists: path[k] is the family of level
 * k + 1 under the current heading. A heading whose family is on the path takes that level (and
 * closes the deeper ones); a family not on the path goes below the deepest family that is usually
 * above it, or one level deeper than the path when none is (so 一、 followed directly by 1. makes
 * 1. level 2, and a document whose top labels are （一） has them at level 1).
 *
 * The number then has a say: a heading whose number does not continue its siblings (counter + 1)
 * but does continue a level above it — （四） after 三、 whose last child is （二） — moves up there
 * when the context agrees: the next heading of that level's family continues from it (五、 comes
 * next), or no such heading follows and the heading has that level's shape (standalone or
 * run-in, as the earlier headings of that level are) or the wording of a required section. The
 * same holds one level down: 四、 after （三） under 一、, followed by 二、, is the missing （四）.
 * Without such agreement the level stays and the number is reported as skipped (seed 001's
 * （五） after （三） under 四、 is run-in like its siblings, so （四） is missing, not 五、). A
 * heading whose level the source's outline level (a .docx heading style) confirms is never moved.
 */
export interface LevelInput {
  /** null: a heading without a label (a source outline level says it is one). */
  family: LabelFamily | null;
  value: number;
  /** Word's outline level + 1, where the source had one. */
  hintLevel?: HeadingLevel | undefined;
  runIn: boolean;
  /**
   * How the label is written within its family (1、 or 1.), where that can tell two levels apart:
   * a 1. list starting right under a 1、 heading is its children, not its siblings.
   */
  style?: string;
  /** Whether its wording is that of a template's required section (always a level-1 heading); asked only when it matters. */
  sectionLike: () => boolean;
}

function clampLevel(n: number): HeadingLevel {
  return Math.min(4, Math.max(1, n)) as HeadingLevel;
}

export function assignLevels(items: readonly LevelInput[]): HeadingLevel[] {
  // nextValueOf[i].get(family): the number of the next heading after i with that family.
  const nextValueOf: Map<LabelFamily, number>[] = new Array(items.length);
  const ahead = new Map<LabelFamily, number>();
  for (let i = items.length - 1; i >= 0; i--) {
    nextValueOf[i] = new Map(ahead);
    const { family, value } = items[i]!;
    if (family) ahead.set(family, value);
  }

  const path: (LabelFamily | null)[] = [];
  const styles: (string | undefined)[] = [];
  const counters = [0, 0, 0, 0, 0];
  const runIns = [0, 0, 0, 0, 0];
  const standalones = [0, 0, 0, 0, 0];
  const shapeOf = (level: number): boolean | undefined => (runIns[level]! === standalones[level]! ? undefined : runIns[level]! > standalones[level]!);
  const levels: HeadingLevel[] = [];
  // A text starting mid-report ((四)… then 二、…): its first headings sit under the parent the cut took.
  const parent = cutParent(items);
  if (parent) {
    path.push(parent.family);
    styles.push(undefined);
    counters[1] = parent.value - 1;
  }

  for (const [i, item] of items.entries()) {
    let level: HeadingLevel;
    let keepPathFamily = false;
    if (item.family === null) {
      level = clampLevel(Math.min(item.hintLevel ?? path.length + 1, path.length + 1));
    } else {
      const family = item.family;
      const onPath = pathIndex(path, styles, item);
      if (onPath === path.length) {
        level = clampLevel(onPath + 1);
      } else if (onPath >= 0) {
        level = clampLevel(onPath + 1);
      } else {
        const below = path.findIndex((f, k) => (f === null ? k + 1 : USUAL_LEVEL[f]) > USUAL_LEVEL[family]);
        level = clampLevel(below >= 0 ? below + 1 : path.length + 1);
        if (item.hintLevel !== undefined) level = clampLevel(Math.min(item.hintLevel, path.length + 1));
      }
      const fitsHere = item.value === counters[level]! + 1;
      // Where the source's outline level agrees, the number does not move the heading: a
      // number that does not continue there is the source's numbering (a 工作要点's level 3
      // running on across parents) or its fault, reported as such.
      if (!fitsHere && item.hintLevel !== level) {
        const moved = movedLevel(item, level, path, counters, nextValueOf[i]!, shapeOf);
        if (moved !== level) {
          level = moved;
          keepPathFamily = path[level - 1] !== undefined;
        }
      }
    }
    path.length = level;
    styles.length = level;
    if (!keepPathFamily || path[level - 1] === undefined) {
      path[level - 1] = item.family;
      styles[level - 1] = item.style;
    }
    counters[level] = item.family === null ? counters[level]! + 1 : item.value;
    for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    if (item.runIn) runIns[level]!++;
    else standalones[level]!++;
    levels.push(level);
  }
  return levels;
}

/**
 * The parent a text cut before its start leaves implied: the first heading is numbered past 1, and
 * a family usually above it first appears later, also numbered past 1 (二、 after (四)).
 */
function cutParent(items: readonly LevelInput[]): { family: LabelFamily; value: number } | null {
  const first = items[0];
  if (!first?.family || first.value <= 1 || first.hintLevel !== undefined) return null;
  const above = items.find((item) => item.family !== null && USUAL_LEVEL[item.family] < USUAL_LEVEL[first.family!]);
  return above?.family && above.value > 1 ? { family: above.family, value: above.value } : null;
}

/**
 * Where the item's family stands on the path (-1: not on it). The same family written another way
 * (1. under 1、) that starts at 1 right under the deepest heading opens the next level: the result
 * is then path.length.
 */
function pathIndex(path: readonly (LabelFamily | null)[], styles: readonly (string | undefined)[], item: LevelInput): number {
  let first = -1;
  for (const [k, family] of path.entries()) {
    if (family !== item.family) continue;
    if (styles[k] === item.style || styles[k] === undefined || item.style === undefined) return k;
    if (first < 0) first = k;
  }
  if (first >= 0 && first === path.length - 1 && item.value === 1) return path.length;
  return first;
}

function movedLevel(
  item: LevelInput,
  level: HeadingLevel,
  path: readonly (LabelFamily | null)[],
  counters: readonly number[],
  next: ReadonlyMap<LabelFamily, number>,
  shapeOf: (level: number) => boolean | undefined,
): HeadingLevel {
  // Up: a level above whose sequence the number continues.
  for (let up = level - 1; up >= 1; up--) {
    if (item.value !== counters[up]! + 1) continue;
    const family = path[up - 1];
    if (!family) continue;
    const following = next.get(family);
    if (following !== undefined) {
      if (following === item.value + 1) return up as HeadingLevel;
      continue;
    }
    const shape = shapeOf(up);
    if ((shape !== undefined && shape === item.runIn && shapeOf(level) !== item.runIn) || item.sectionLike()) return up as HeadingLevel;
  }
  // Down: the child level whose sequence it continues, when its own level resumes after it.
  const down = level + 1;
  if (down <= 4 && down <= path.length && counters[down]! > 0 && item.value === counters[down]! + 1 && item.family) {
    const following = next.get(item.family);
    if (following !== undefined && following === counters[level]! + 1) return down as HeadingLevel;
  }
  return level;
}
