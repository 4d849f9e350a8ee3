import { PPR, offProperty } from './ppr-order.ts';
import { OWN_STYLES } from './styles.ts';
import { ChildOrder, W, editRoot, isElement, setWAttr, wAttr, wChild, wChildren, wElement, type XmlElement } from './xml-tree.ts';

/** CT_Styles, CT_DocDefaults, CT_PPrDefault: the path to the default paragraph properties. */
const STYLES = new ChildOrder('w:styles', ['docDefaults', 'latentStyles', 'style']);
const DOC_DEFAULTS = new ChildOrder('w:docDefaults', ['rPrDefault', 'pPrDefault']);
const PPR_DEFAULT = new ChildOrder('w:pPrDefault', ['pPr']);

const DEFAULT_PARAGRAPH_FONT = 'DefaultParagraphFont';

/**
 * styles.xml:
 * - widow control off in the defaults too, for paragraphs a user adds in Word;
 * - Word's default character style, Default Paragraph Font, which docx's Hyperlink,
 *   FootnoteReference… are w:basedOn but which docx never defines (Word writes it in every file:
 *   ISO/IEC 29500-1 17.7.4.17's example);
 * - only the styles the document uses: Normal, the exporter's own (Title, Heading1–4, which a
 *   clerk uses to go on writing in Word), those a part names, the defaults, and what they are
 *   based on or linked to. docx's other built-ins (a paragraph style named Strong, TOC 1–9,
 *   Caption, Bibliography, heading 5–6…) would sit in Word's style gallery unused.
 */
export function styles(stylesXml: string, used: ReadonlySet<string>): string {
  const part = 'styles.xml';
  return editRoot(stylesXml, part, 'styles', (root) => {
    const pPr = PPR_DEFAULT.child(DOC_DEFAULTS.child(STYLES.child(root, 'docDefaults', part), 'pPrDefault', part), 'pPr', part);
    offProperty(pPr, 'widowControl', part);
    PPR.sort(pPr, part);
    const all = wChildren(root, 'style');
    const byId = new Map(all.map((style) => [wAttr(style, 'styleId') ?? '', style]));
    if (!byId.has(DEFAULT_PARAGRAPH_FONT)) {
      const style = defaultParagraphFont(root);
      root.children.push(style);
      byId.set(DEFAULT_PARAGRAPH_FONT, style);
    }
    const keep = new Set<string>();
    const visit = (id: string) => {
      const style = byId.get(id);
      if (!style || keep.has(id)) return;
      keep.add(id);
      for (const local of ['basedOn', 'link', 'next']) {
        const ref = wChild(style, local);
        if (ref) visit(wAttr(ref, 'val') ?? '');
      }
    };
    for (const [id, style] of byId) if (isOn(wAttr(style, 'default'))) visit(id);
    for (const id of [...OWN_STYLES, ...used]) visit(id);
    root.children = root.children.filter((c) => !(isElement(c, W, 'style') && !keep.has(wAttr(c, 'styleId') ?? '')));
  });
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && !['0', 'false', 'off'].includes(value);
}

/** Word's own definition (styles.xml of any Word document). */
function defaultParagraphFont(root: XmlElement): XmlElement {
  const style = wElement(root, 'style');
  setWAttr(style, 'type', 'character');
  setWAttr(style, 'default', '1');
  setWAttr(style, 'styleId', DEFAULT_PARAGRAPH_FONT);
  const child = (local: string, val?: string) => {
    const element = wElement(style, local);
    if (val !== undefined) setWAttr(element, 'val', val);
    style.children.push(element);
  };
  child('name', 'Default Paragraph Font');
  child('uiPriority', '1');
  child('semiHidden');
  child('unhideWhenUsed');
  return style;
}
