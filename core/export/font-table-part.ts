import { FONT_FACES, GB2312_ONLY } from './font-faces.ts';
import type { ExportFormat, FontRole } from '../print/format.ts';
import { ChildOrder, editRoot, setWAttr, wAttr, wChildren, wElement, type XmlElement } from './xml-tree.ts';

/** CT_Font (17.8.3.10). */
const FONT = new ChildOrder('w:font', ['altName', 'panose1', 'charset', 'family', 'notTrueType', 'pitch', 'sig', 'embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']);

/**
 * Font table entries for every font the export names, with what font-faces.ts knows of it
 * (altName, panose1, charset, family, pitch, sig), so that Word on a machine without 仿宋_GB2312
 * substitutes 仿宋 rather than a Latin font. docx writes an empty table.
 */
export function fontTable(fontTableXml: string, format: ExportFormat): string {
  const part = 'fontTable.xml';
  return editRoot(fontTableXml, part, 'fonts', (fonts) => addFonts(fonts, fontNames(format), part));
}

/** The fonts the runs and styles name: each role's, a Latin font, and the fallbacks runs.ts uses. */
function fontNames(format: ExportFormat): Set<string> {
  const names = new Set([...(Object.keys(format.fonts) as FontRole[]).map((role) => format.fonts[role]), ...(format.latinFont ? [format.latinFont] : [])]);
  for (const name of [...names]) {
    const fallback = GB2312_ONLY[name];
    if (fallback) names.add(fallback);
  }
  return names;
}

function addFonts(fonts: XmlElement, names: ReadonlySet<string>, part: string): void {
  const listed = new Set(wChildren(fonts, 'font').map((font) => wAttr(font, 'name')));
  for (const name of names) {
    if (listed.has(name)) continue;
    const font = wElement(fonts, 'font');
    setWAttr(font, 'name', name);
    fonts.children.push(font);
    const face = FONT_FACES[name];
    const cjk = [...name].some((ch) => ch.codePointAt(0)! > 0x7f);
    if (face?.altName) setWAttr(FONT.child(font, 'altName', part), 'val', face.altName);
    if (face?.panose1) setWAttr(FONT.child(font, 'panose1', part), 'val', face.panose1);
    if (face || cjk) setWAttr(FONT.child(font, 'charset', part), 'val', face?.charset ?? '86');
    setWAttr(FONT.child(font, 'family', part), 'val', face?.family ?? 'auto');
    setWAttr(FONT.child(font, 'pitch', part), 'val', face?.pitch ?? 'variable');
    if (face?.sig) {
      const sig = FONT.child(font, 'sig', part);
      for (const [key, value] of Object.entries(face.sig)) setWAttr(sig, key, value);
    }
  }
}
