import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { scanXml, textValue } from '../../core/export/xml-scan.ts';
import { exportSamples } from './export-samples.ts';

/** The package parts' parser (core/export/xml-scan.ts): what it reads, and what it refuses. */

type Event = ['open', string, Record<string, string>] | ['close'] | ['text', string];

/** The parse as a list of events, adjacent text joined (CDATA is text). */
function events(xml: string): Event[] {
  const out: Event[] = [];
  const text = (value: string) => {
    const last = out[out.length - 1];
    if (last?.[0] === 'text') last[1] += value;
    else out.push(['text', value]);
  };
  scanXml(xml, {
    open: (name, attributes) => void out.push(['open', name, { ...attributes }]),
    close: () => void out.push(['close']),
    text: (start, end) => text(textValue(xml.slice(start, end))),
    cdata: text,
    markup: () => {},
  });
  return out;
}

/** The same, by saxes (a conforming SAX parser), for comparison. */
function saxesEvents(xml: string): Event[] {
  const out: Event[] = [];
  let depth = 0;
  const text = (value: string) => {
    if (depth === 0) return;
    const last = out[out.length - 1];
    if (last?.[0] === 'text') last[1] += value;
    else out.push(['text', value]);
  };
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    out.push(['open', tag.name, { ...tag.attributes }]);
    depth++;
  });
  parser.on('closetag', () => {
    out.push(['close']);
    depth--;
  });
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  return out;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('scanXml', () => {
  it('reads every part of every sample export as saxes does', { timeout: 120_000 }, async () => {
    let parts = 0;
    for (const sample of exportSamples().slice(0, 12)) {
      const files = unzipSync(await exportDocx(sample.document, sample.options));
      for (const [name, data] of Object.entries(files)) {
        const xml = strFromU8(data);
        expect(events(xml), `${sample.name} ${name}`).toEqual(saxesEvents(xml));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(100);
  });

  it('reads references, CDATA, comments, processing instructions, astral characters and line ends as XML 1.0 says', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><w:p ${NS} w:a='x&amp;y' w:b="1\t2\r\n3&#9;4"><?pi data?><w:t>a&lt;b&#x4E2D;&#25991;𠀀\r\nz<![CDATA[<raw> & ]]></w:t><!--in--><w:br/></w:p>\n`;
    expect(events(xml)).toEqual(saxesEvents(xml));
    expect(events(xml)).toEqual([
      ['open', 'w:p', { 'xmlns:w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w:a': 'x&y', 'w:b': '1 2 3\t4' }],
      ['open', 'w:t', {}],
      ['text', 'a<b中文𠀀\nz<raw> & '],
      ['close'],
      ['open', 'w:br', {}],
      ['close'],
      ['close'],
    ]);
  });

  it('reports where each element starts and ends, and the markup inside the root as written', () => {
    const xml = '<?xml version="1.0"?><a><b x="1"/><!--c--><?p q?><d>t</d></a>';
    const seen: string[] = [];
    scanXml(xml, {
      open: (_, __, start) => void seen.push(`open@${start}`),
      close: (end) => void seen.push(`close@${end}`),
      text: (start, end) => void seen.push(xml.slice(start, end)),
      cdata: () => {},
      markup: (start, end) => void seen.push(xml.slice(start, end)),
    });
    expect(seen).toEqual(['open@21', 'open@24', 'close@34', '<!--c-->', '<?p q?>', 'open@49', 't', 'close@57', 'close@61']);
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>', /<\/a> where <\/b> belongs/],
    ['an unclosed element', '<a><b></b>', /<a> is not closed/],
    ['an end tag without a start tag', '<a></a></b>', /without a start tag/],
    ['two root elements', '<a/><b/>', /second root/],
    ['text outside the root', '<a/>x', /text outside the root/],
    ['no root', '<!-- only -->', /no root element/],
    ['an unquoted attribute', '<a x=1/>', /not quoted/],
    ['an attribute without a value', '<a x/>', /without a value/],
    ['a repeated attribute', '<a x="1" x="2"/>', /x twice/],
    ['attributes without space between them', '<a x="1"y="2"/>', /malformed start tag/],
    ["'<' in an attribute value", '<a x="<"/>', /'<' in the attribute value/],
    ['an unknown entity', '<a>&nbsp;</a>', /undefined entity &nbsp;/],
    ['an entity in an attribute', '<a x="&bogus;"/>', /undefined entity/],
    ['an unterminated reference', '<a>&amp</a>', /unterminated reference/],
    ['a reference to a character XML forbids', '<a>&#0;</a>', /not a character XML allows/],
    ['a character XML forbids', '<a>\u0001</a>', /U\+0001/],
    ['a lone surrogate', '<a>\uD800</a>', /U\+D800/],
    ["']]>' in text", '<a>]]></a>', /']]>' in text/],
    ["'--' in a comment", '<a><!-- a -- b --></a>', /'--' inside a comment/],
    ['an unclosed comment', '<a><!-- a </a>', /unclosed comment/],
    ['CDATA outside the root', '<![CDATA[x]]><a/>', /CDATA section outside/],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', /DOCTYPE/],
    ['an XML declaration not at the start', '<a/><?xml version="1.0"?>', /not at the start/],
    ['a malformed XML declaration', '<?xml version="2"?><a/>', /malformed XML declaration/],
    ['an invalid element name', '<1a/>', /not a valid name/],
    ['a name with two colons', '<a:b:c/>', /not a valid name/],
  ])('refuses %s', (_, xml, message) => {
    expect(() => events(xml)).toThrow(message);
  });
});
