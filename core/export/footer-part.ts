import { W, editRoot, isElement, wAttr, wChild, wChildren, wElement, type XmlElement, type XmlNode } from './xml-tree.ts';

/**
 * The PAGE field's cached result: docx leaves nothing between w:fldChar separate and end, and
 * what does not recompute fields (previewers, phone viewers, text extraction) shows “—  —”. Word
 * and LibreOffice recompute it on every page; the cache holds the first page the footer is on:
 * 1 on odd pages, 2 on even ones.
 */
export function pageNumberCache(footerXml: string, part: string, value: string): string {
  let found = 0;
  const edited = editRoot(footerXml, part, 'ftr', (ftr) => {
    const visit = (parent: XmlElement) => {
      parent.children.forEach((node, i) => {
        if (node.kind !== 'element') return;
        if (node.uri === W && node.local === 'r' && wChildren(node, 'fldChar').some((f) => wAttr(f, 'fldCharType') === 'separate')) {
          const next = parent.children.slice(i + 1).find((c): c is XmlElement => c.kind === 'element');
          const hasResult = next !== undefined && isElement(next, W, 'r') && wChild(next, 't') !== undefined;
          if (!hasResult) {
            parent.children.splice(i + 1, 0, cachedRun(node, value));
            found++;
          }
        } else visit(node);
      });
    };
    visit(ftr);
  });
  if (found === 0) throw new Error(`docx export: ${part} has no PAGE field to cache; the docx library's output changed`);
  return edited;
}

/** A run in the field's own run properties (its font and size) holding the text. */
function cachedRun(fieldRun: XmlElement, text: string): XmlElement {
  const run = wElement(fieldRun, 'r');
  const rPr = wChild(fieldRun, 'rPr');
  if (rPr) run.children.push(clone(rPr));
  const t = wElement(run, 't');
  t.children.push({ kind: 'text', text });
  run.children.push(t);
  return run;
}

function clone<T extends XmlNode>(node: T): T {
  if (node.kind !== 'element') return { ...node };
  return { ...node, attributes: { ...node.attributes }, children: node.children.map(clone) };
}
