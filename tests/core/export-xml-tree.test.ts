import { describe, expect, it } from 'vitest';
import { ChildOrder, W, editElements, isElement, setWAttr, wAttr, wChild, type XmlElement } from '../../core/export/xml-tree.ts';

/** Editing package parts by element (core/export/xml-tree.ts). */

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = `xmlns:w="${W}"`;
const DOCUMENT =
  `${DECL}<!-- before --><w:document ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">` +
  '<w:body><w:p><w:pPr><w:jc w:val="right"/><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve"> A &amp; B &lt;c&gt; “引号” 𠀀 </w:t></w:r></w:p><?pi some data?>' +
  '<w:p><w:pPr/></w:p><w:p/><w:sectPr><w:docGrid w:type="linesAndChars" w:linePitch="579"/></w:sectPr></w:body></w:document>';

const isRoot = (_: XmlElement, ancestors: readonly XmlElement[]) => ancestors.length === 0;
const isPPr = (element: XmlElement) => isElement(element, W, 'pPr');

describe('editElements', () => {
  it('leaves the part as it was where nothing is picked, or nothing is changed', () => {
    expect(editElements(DOCUMENT, 'test.xml', () => false, () => {})).toBe(DOCUMENT);
    // Picked and written back from the tree: the same bytes for what the docx library writes.
    expect(editElements(DOCUMENT, 'test.xml', isRoot, () => {})).toBe(DOCUMENT);
    expect(editElements(DOCUMENT, 'test.xml', isPPr, () => {})).toBe(DOCUMENT);
  });

  it('writes each edited element in place of its source, the rest untouched', () => {
    const order = new ChildOrder('w:pPr', ['pStyle', 'snapToGrid', 'jc']);
    const edited = editElements(DOCUMENT, 'test.xml', isPPr, (pPr) => {
      setWAttr(order.child(pPr, 'snapToGrid', 'test.xml'), 'val', '0');
      order.sort(pPr, 'test.xml');
    });
    expect(edited).toBe(
      DOCUMENT.replace('<w:pPr><w:jc w:val="right"/><w:pStyle w:val="Title"/></w:pPr>', '<w:pPr><w:pStyle w:val="Title"/><w:snapToGrid w:val="0"/><w:jc w:val="right"/></w:pPr>').replace(
        '<w:pPr/>',
        '<w:pPr><w:snapToGrid w:val="0"/></w:pPr>',
      ),
    );
  });

  it('offers each element outside a picked one with its ancestors', () => {
    const seen: string[] = [];
    editElements(DOCUMENT, 'test.xml', (element, ancestors) => {
      seen.push([...ancestors, element].map((e) => e.local).join('/'));
      return isPPr(element);
    }, () => {});
    expect(seen).toEqual(['document', 'document/body', 'document/body/p', 'document/body/p/pPr', 'document/body/p/r', 'document/body/p/r/t', 'document/body/p', 'document/body/p/pPr', 'document/body/p', 'document/body/sectPr', 'document/body/sectPr/docGrid']);
  });

  it('escapes text and attribute values on output', () => {
    const xml = `<w:fonts ${NS}><w:font w:name="a"/></w:fonts>`;
    const edited = editElements(xml, 'test.xml', isRoot, (fonts) => {
      const font = wChild(fonts, 'font')!;
      setWAttr(font, 'name', 'R&D "x" <y>\tz');
      font.children.push({ kind: 'text', text: 'a < b & c > d' });
    });
    expect(edited).toBe(`<w:fonts ${NS}><w:font w:name="R&amp;D &quot;x&quot; &lt;y>&#9;z">a &lt; b &amp; c &gt; d</w:font></w:fonts>`);
    // …and reads back as the same values.
    let name: string | undefined;
    editElements(edited, 'again', isRoot, (fonts) => (name = wAttr(wChild(fonts, 'font')!, 'name')));
    expect(name).toBe('R&D "x" <y>\tz');
  });

  it('finds WordprocessingML by namespace, whatever the prefix, and writes new elements with the one in use', () => {
    const xml = `<x:document xmlns:x="${W}" xmlns:w="urn:other"><x:body><w:pPr/><x:p><x:pPr><x:jc x:val="center"/></x:pPr></x:p></x:body></x:document>`;
    const order = new ChildOrder('w:pPr', ['keepNext', 'jc']);
    const picked: string[] = [];
    const edited = editElements(xml, 'test.xml', isPPr, (pPr) => {
      picked.push(pPr.name);
      expect(wAttr(wChild(pPr, 'jc')!, 'val')).toBe('center');
      setWAttr(order.child(pPr, 'keepNext', 'test.xml'), 'val', '0');
    });
    expect(picked).toEqual(['x:pPr']);
    expect(edited).toContain('<x:pPr><x:keepNext x:val="0"/><x:jc x:val="center"/></x:pPr>');
    expect(edited).toContain('<w:pPr/>');
  });

  it('refuses what is not well-formed, a DOCTYPE, an undeclared prefix', () => {
    expect(() => editElements(`<w:p ${NS}><w:r></w:p>`, 'bad.xml', isRoot, () => {})).toThrow(/bad\.xml is not well-formed/);
    expect(() => editElements('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', 'dtd.xml', isRoot, () => {})).toThrow(/dtd\.xml/);
    expect(() => editElements('<w:p/>', 'prefix.xml', isRoot, () => {})).toThrow(/prefix\.xml/);
    expect(() => editElements(`<p ${NS} w:x="1" v:y="2"/>`, 'attribute.xml', isRoot, () => {})).toThrow(/attribute\.xml/);
  });
});

describe('ChildOrder', () => {
  const order = new ChildOrder('w:pPr', ['pStyle', 'keepNext', 'widowControl', 'autoSpaceDE', 'autoSpaceDN', 'snapToGrid', 'spacing', 'ind', 'jc']);
  /** `change` applied to <w:pPr>inner</w:pPr>; the children's names after it. */
  const onPPr = (inner: string, change: (pPr: XmlElement) => void) => editElements(`<w:pPr ${NS}>${inner}</w:pPr>`, 'document.xml', isRoot, change).replace(` ${NS}`, '');

  it('adds a child where the schema puts it: between, first, last, into an empty parent', () => {
    expect(onPPr('<w:pStyle/><w:spacing/><w:jc/>', (p) => order.child(p, 'snapToGrid', 'document.xml'))).toBe('<w:pPr><w:pStyle/><w:snapToGrid/><w:spacing/><w:jc/></w:pPr>');
    expect(onPPr('<w:spacing/><w:jc/>', (p) => order.child(p, 'pStyle', 'document.xml'))).toBe('<w:pPr><w:pStyle/><w:spacing/><w:jc/></w:pPr>');
    expect(onPPr('<w:pStyle/><w:spacing/>', (p) => order.child(p, 'jc', 'document.xml'))).toBe('<w:pPr><w:pStyle/><w:spacing/><w:jc/></w:pPr>');
    expect(onPPr('', (p) => order.child(p, 'widowControl', 'document.xml'))).toBe('<w:pPr><w:widowControl/></w:pPr>');
  });

  it('returns the child that is there rather than adding a second', () => {
    expect(onPPr('<w:snapToGrid w:val="1"/>', (p) => setWAttr(order.child(p, 'snapToGrid', 'document.xml'), 'val', '0'))).toBe('<w:pPr><w:snapToGrid w:val="0"/></w:pPr>');
  });

  it('sorts children into schema order, keeping repeated ones in theirs', () => {
    expect(onPPr('<w:jc w:val="right"/><w:spacing w:line="1"/><w:autoSpaceDN w:val="0"/><w:spacing w:line="2"/><w:pStyle/>', (p) => order.sort(p, 'document.xml'))).toBe(
      '<w:pPr><w:pStyle/><w:autoSpaceDN w:val="0"/><w:spacing w:line="1"/><w:spacing w:line="2"/><w:jc w:val="right"/></w:pPr>',
    );
  });

  it('throws on a child the model does not list, naming the part', () => {
    expect(() => onPPr('<w:spacing/><w:bogus/>', (p) => order.sort(p, 'document.xml'))).toThrow(/document\.xml has a <w:bogus> in a w:pPr/);
    expect(() => onPPr('<w:spacing/><w:bogus/>', (p) => order.child(p, 'jc', 'document.xml'))).toThrow(/<w:bogus>/);
    expect(() => onPPr('', (p) => order.child(p, 'bogus', 'document.xml'))).toThrow(/<w:bogus>/);
  });
});
