import { describe, expect, it } from 'vitest';
import { ChildOrder, W, parseXmlTree, serializeXmlTree, setWAttr, wAttr, wChild, wDescendants } from '../../core/export/xml-tree.ts';

/** The XML tree the package edits work on (core/export/xml-tree.ts). */

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = `xmlns:w="${W}"`;

describe('parseXmlTree / serializeXmlTree', () => {
  it('writes back what it read, byte for byte', () => {
    const xml =
      `${DECL}<!-- before --><w:document ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">` +
      '<w:body><w:p><w:r><w:t xml:space="preserve"> A &amp; B &lt;c&gt; “引号” </w:t></w:r></w:p><?pi some data?><w:p/>' +
      '<w:sectPr><w:docGrid w:type="linesAndChars" w:linePitch="579"/></w:sectPr></w:body></w:document>';
    expect(serializeXmlTree(parseXmlTree(xml, 'test.xml'))).toBe(xml);
  });

  it('escapes text and attribute values on output', () => {
    const tree = parseXmlTree(`<w:fonts ${NS}><w:font w:name="a"/></w:fonts>`, 'test.xml');
    const font = wChild(tree.root, 'font')!;
    setWAttr(font, 'name', 'R&D "x" <y>\tz');
    font.children.push({ kind: 'text', text: 'a < b & c > d' });
    expect(serializeXmlTree(tree)).toBe(`<w:fonts ${NS}><w:font w:name="R&amp;D &quot;x&quot; &lt;y>&#9;z">a &lt; b &amp; c &gt; d</w:font></w:fonts>`);
    // …and reads back the same values.
    const again = wChild(parseXmlTree(serializeXmlTree(tree), 'again').root, 'font')!;
    expect(wAttr(again, 'name')).toBe('R&D "x" <y>\tz');
  });

  it('finds WordprocessingML elements by namespace, whatever the prefix', () => {
    const tree = parseXmlTree(`<x:document xmlns:x="${W}" xmlns:w="urn:other"><x:body><w:pPr/><x:p><x:pPr><x:jc x:val="center"/></x:pPr></x:p></x:body></x:document>`, 'test.xml');
    const pPrs = wDescendants(tree.root, 'pPr');
    expect(pPrs.map((p) => p.name)).toEqual(['x:pPr']);
    expect(wAttr(wChild(pPrs[0]!, 'jc')!, 'val')).toBe('center');
    // New elements and attributes take the prefix the part uses.
    const order = new ChildOrder('w:pPr', ['keepNext', 'jc']);
    setWAttr(order.child(pPrs[0]!, 'keepNext', 'test.xml'), 'val', '0');
    expect(serializeXmlTree(tree)).toContain('<x:pPr><x:keepNext x:val="0"/><x:jc x:val="center"/></x:pPr>');
  });

  it('refuses what is not well-formed, a DOCTYPE, an undeclared prefix', () => {
    expect(() => parseXmlTree(`<w:p ${NS}><w:r></w:p>`, 'bad.xml')).toThrow(/bad\.xml is not well-formed/);
    expect(() => parseXmlTree('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', 'dtd.xml')).toThrow(/dtd\.xml/);
    expect(() => parseXmlTree('<w:p/>', 'prefix.xml')).toThrow(/prefix\.xml/);
  });
});

describe('ChildOrder', () => {
  const order = new ChildOrder('w:pPr', ['pStyle', 'keepNext', 'widowControl', 'autoSpaceDE', 'autoSpaceDN', 'snapToGrid', 'spacing', 'ind', 'jc']);
  const pPr = (inner: string) => parseXmlTree(`<w:pPr ${NS}>${inner}</w:pPr>`, 'test.xml');

  it('adds a child where the schema puts it: between, first, last, into an empty parent', () => {
    for (const [inner, add, expected] of [
      ['<w:pStyle/><w:spacing/><w:jc/>', 'snapToGrid', 'pStyle snapToGrid spacing jc'],
      ['<w:spacing/><w:jc/>', 'pStyle', 'pStyle spacing jc'],
      ['<w:pStyle/><w:spacing/>', 'jc', 'pStyle spacing jc'],
      ['', 'widowControl', 'widowControl'],
    ] as const) {
      const tree = pPr(inner);
      order.child(tree.root, add, 'test.xml');
      expect(tree.root.children.map((c) => (c.kind === 'element' ? c.local : c.kind)).join(' '), `${add} into ${inner}`).toBe(expected);
    }
  });

  it('returns the child that is there rather than adding a second', () => {
    const tree = pPr('<w:snapToGrid w:val="1"/>');
    setWAttr(order.child(tree.root, 'snapToGrid', 'test.xml'), 'val', '0');
    expect(serializeXmlTree(tree)).toBe(`<w:pPr ${NS}><w:snapToGrid w:val="0"/></w:pPr>`);
  });

  it('sorts children into schema order, keeping repeated ones in theirs', () => {
    const tree = pPr('<w:jc w:val="right"/><w:spacing w:line="1"/><w:autoSpaceDN w:val="0"/><w:spacing w:line="2"/><w:pStyle/>');
    order.sort(tree.root, 'test.xml');
    expect(serializeXmlTree(tree)).toBe(`<w:pPr ${NS}><w:pStyle/><w:autoSpaceDN w:val="0"/><w:spacing w:line="1"/><w:spacing w:line="2"/><w:jc w:val="right"/></w:pPr>`);
  });

  it('throws on a child the model does not list, naming the part', () => {
    expect(() => order.sort(pPr('<w:spacing/><w:bogus/>').root, 'document.xml')).toThrow(/document\.xml has a <w:bogus> in a w:pPr/);
    expect(() => order.child(pPr('<w:spacing/><w:bogus/>').root, 'jc', 'document.xml')).toThrow(/<w:bogus>/);
    expect(() => order.child(pPr('').root, 'bogus', 'document.xml')).toThrow(/<w:bogus>/);
  });
});
