import { blockText, type Block } from '../model.ts';
import { sectionSpan } from '../outline.ts';

/**
 * Whether the section headed by block `heading` holds text of the report (a 参考 note carried from
 * last period is not). One answer for the check's empty-section and the editor's section hint, so
 * the hint shows exactly while 检查 calls the section empty.
 */
export function sectionHasContent(blocks: readonly Block[], heading: number): boolean {
  const { end } = sectionSpan(blocks, heading);
  for (let i = heading + 1; i < end; i++) if (blocks[i]!.type !== 'note' && blockText(blocks[i]!).trim()) return true;
  return false;
}
