import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { FONT_FACES, GB2312_ONLY } from './font-faces.ts';
import type { ExportFormat, FontRole } from '../print/format.ts';
import { OWN_STYLES, TITLE_STYLE } from './styles.ts';
import { ChildOrder, W, editElements, isElement, setWAttr, wAttr, wChild, wChildren, wElement, type XmlElement, type XmlNode } from './xml-tree.ts';

/**
 * What docx 9.15 cannot write, edited into the package's parsed XML: elements are found by name
 * and new ones go where the schema puts them, so the edits hold for any document — one without a
 * title, signature or date included. The export fails only where the docx library's output no
 * longer has what every package needs (a part, its root element), or has an element the schema
 * does not allow where one is edited.
 */

/** CT_PPr (ECMA-376 Part 1, 17.3.1.26): CT_PPrBase's sequence, then rPr, sectPr, pPrChange. Word refuses other orders. */
const PPR = new ChildOrder(
  'w:pPr',
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange'.split(' '),
);
/** CT_ParaRPr (17.3.1.29): the paragraph mark's run properties (a style separator's w:vanish, w:specVanish). */
const PARA_RPR = new ChildOrder(
  'w:rPr',
  'ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange'.split(' '),
);
/** CT_Styles, CT_DocDefaults, CT_PPrDefault: the path to the default paragraph properties. */
const STYLES = new ChildOrder('w:styles', ['docDefaults', 'latentStyles', 'style']);
const DOC_DEFAULTS = new ChildOrder('w:docDefaults', ['rPrDefault', 'pPrDefault']);
const PPR_DEFAULT = new ChildOrder('w:pPrDefault', ['pPr']);
/** CT_Font (17.8.3.10). */
const FONT = new ChildOrder('w:font', ['altName', 'panose1', 'charset', 'family', 'notTrueType', 'pitch', 'sig', 'embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']);

function isOff(element: XmlElement): boolean {
  return ['0', 'false', 'off'].includes(wAttr(element, 'val') ?? 'true');
}

function offProperty(pPr: XmlElement, local: string, part: string): void {
  setWAttr(PPR.child(pPr, local, part), 'val', '0');
}

function expectW(element: XmlElement, local: string, part: string): void {
  if (element.uri !== W || element.local !== local) throw new Error(`docx export: ${part} has <${element.name}> where <w:${local}> belongs; the docx library's output changed`);
}

/** A part edited as one tree: its root element, which must be w:`local`. */
function editRoot(xml: string, part: string, local: string, edit: (root: XmlElement) => void): string {
  return editElements(
    xml,
    part,
    (_, ancestors) => ancestors.length === 0,
    (root) => {
      expectW(root, local, part);
      edit(root);
    },
  );
}

/**
 * Paragraph properties in document.xml:
 * - The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
 *   grid would spread its 2号 characters over 16 pt cells. Every paragraph in the Title style gets
 *   w:snapToGrid="0"; a document without a title has none.
 * - docx writes w:autoSpaceDN (署名, 日期, 附件) after w:jc, out of CT_PPrBase order; w:autoSpaceDE
 *   (Latin letters) is turned off beside it, and every w:pPr is put in schema order.
 */
function paragraphProperties(documentXml: string, references: PackageReferences): string {
  const part = 'document.xml';
  let body = false;
  const pick = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (ancestors.length === 0) expectW(element, 'document', part);
    else if (ancestors.length === 1 && isElement(element, W, 'body')) body = true;
    if (!body || element.uri !== W) return false;
    if (element.local === 'rStyle') references.styles.add(wAttr(element, 'val') ?? '');
    else if (element.local === 'footerReference') references.footers.set(wAttr(element, 'type') ?? 'default', relationshipId(element));
    return element.local === 'pPr';
  };
  const edited = editElements(documentXml, part, pick, (pPr) => {
    const style = wChild(pPr, 'pStyle');
    if (style) references.styles.add(wAttr(style, 'val') ?? '');
    const autoSpaceDN = wChild(pPr, 'autoSpaceDN');
    if (autoSpaceDN && isOff(autoSpaceDN)) {
      setWAttr(autoSpaceDN, 'val', '0');
      offProperty(pPr, 'autoSpaceDE', part);
    }
    if (style && wAttr(style, 'val') === TITLE_STYLE) offProperty(pPr, 'snapToGrid', part);
    PPR.sort(pPr, part);
    const rPr = wChild(pPr, 'rPr');
    if (rPr) PARA_RPR.sort(rPr, part);
  });
  if (!body) throw new Error(`docx export: ${part} has no <w:body>; the docx library's output changed`);
  return edited;
}

/** What the package's parts refer to, gathered while they are edited. */
interface PackageReferences {
  /** Style ids named by w:pStyle and w:rStyle. */
  styles: Set<string>;
  /** The section's footers by w:type (default, even, first) → relationship id. */
  footers: Map<string, string>;
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function relationshipId(element: XmlElement): string {
  for (const name in element.attributes) {
    const colon = name.indexOf(':');
    if (colon !== -1 && name.slice(colon + 1) === 'id' && element.scope.get(name.slice(0, colon)) === R) return element.attributes[name]!;
  }
  return '';
}

/** The w:pStyle and w:rStyle ids a part names (footnotes, footers, numbering). */
function collectStyleReferences(xml: string, part: string, into: Set<string>): void {
  editElements(
    xml,
    part,
    (element) => element.uri === W && (element.local === 'pStyle' || element.local === 'rStyle'),
    (element) => into.add(wAttr(element, 'val') ?? ''),
  );
}

/** A relationships part's targets by id. */
function relationshipTargets(xml: string, part: string): Map<string, string> {
  const targets = new Map<string, string>();
  editElements(
    xml,
    part,
    (element) => element.uri === RELATIONSHIPS && element.local === 'Relationship',
    (element) => void targets.set(element.attributes.Id ?? '', element.attributes.Target ?? ''),
  );
  return targets;
}

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
function styles(stylesXml: string, used: ReadonlySet<string>): string {
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

const DEFAULT_PARAGRAPH_FONT = 'DefaultParagraphFont';

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

/**
 * Font table entries for every font the export names, with what font-faces.ts knows of it
 * (altName, panose1, charset, family, pitch, sig), so that Word on a machine without 仿宋_GB2312
 * substitutes 仿宋 rather than a Latin font. docx writes an empty table.
 */
function fontTable(fontTableXml: string, names: ReadonlySet<string>): string {
  const part = 'fontTable.xml';
  return editRoot(fontTableXml, part, 'fonts', (fonts) => addFonts(fonts, names, part));
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

/**
 * The PAGE field's cached result: docx leaves nothing between w:fldChar separate and end, and
 * what does not recompute fields (previewers, phone viewers, text extraction) shows “—  —”. Word
 * and LibreOffice recompute it on every page; the cache holds the first page the footer is on:
 * 1 on odd pages, 2 on even ones.
 */
function pageNumberCache(footerXml: string, part: string, value: string): string {
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

/** CT_Settings (17.15.1.78), the children the export writes or docx does. */
const SETTINGS = new ChildOrder(
  'w:settings',
  'writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator'.split(' '),
);
/** CT_Compat (17.15.3.9). */
const COMPAT = new ChildOrder(
  'w:compat',
  'useSingleBorderforContiguousCells wpJustification noTabHangInd noLeading spaceForUL noColumnBalance balanceSingleByteDoubleByteWidth noExtraLineSpacing doNotLeaveBackslashAlone ulTrailSpace doNotExpandShiftReturn spacingInWholePoints lineWrapLikeWord6 printBodyTextBeforeHeader printColBlack wpSpaceWidth showBreaksInFrames subFontBySize suppressBottomSpacing suppressTopSpacing suppressSpacingAtTopOfPage suppressTopSpacingWP suppressSpBfAfterPgBrk swapBordersFacingPages convMailMergeEsc truncateFontHeightsLikeWP6 mwSmallCaps usePrinterMetrics doNotSuppressParagraphBorders wrapTrailSpaces footnoteLayoutLikeWW8 shapeLayoutLikeWW8 alignTablesRowByRow forgetLastTabAlignment adjustLineHeightInTable autoSpaceLikeWord95 noSpaceRaiseLower doNotUseHTMLParagraphAutoSpacing layoutRawTableWidth layoutTableRowsApart useWord97LineBreakRules doNotBreakWrappedTables doNotSnapToGridInCell selectFldWithFirstOrLastChar applyBreakingRules doNotWrapTextWithPunct doNotUseEastAsianBreakRules useWord2002TableStyleRules growAutofit useFELayout useNormalStyleForList doNotUseIndentAsNumberingTabStop useAltKinsokuLineBreakRules allowSpaceOfSameStyleInTable doNotSuppressIndentation doNotAutofitConstrainedTables autofitToFirstFixedWidthCell underlineTabInNumList displayHangulFixedWidth splitPgBreakAndParaMark doNotVertAlignCellWithSp doNotBreakConstrainedForcedTable doNotVertAlignInTxbx useAnsiKerningPairs cachedColBalance compatSetting'.split(' '),
);

/**
 * The East Asian settings Word writes for a zh-CN document, each decided by what it does in Word
 * and WPS (ISO/IEC 29500-1 17.15.1, 17.15.3; [MS-OI29500] 2.1 for Word's own reading of them),
 * against the page the preview and LibreOffice lay out:
 *
 * - characterSpacingControl doNotCompress (17.15.1.18): Chinese Word defaults to
 *   compressPunctuation, which squeezes full-width punctuation (。” ，“) to half a 字 and so puts
 *   29 or 30 characters on a line of Word's grid. GB/T 9704 5.2.3 counts 28 to a line with every
 *   mark in a full cell, as the preview and LibreOffice set it: no compression, written out so a
 *   Chinese Word's default does not apply.
 * - compat/useFELayout (17.15.3.54, Do Not Bypass East Asian/Complex Script Layout Code): Word's
 *   East Asian line layout (kinsoku 避头尾, the character grid) for every run, as a zh-CN Word
 *   writes it; on.
 * - compat/doNotExpandShiftReturn (17.15.3.15): a justified line ending in a typed line break is
 *   not stretched across the line, as the preview (CSS justify) and LibreOffice (which reads this
 *   setting) leave it; on. Without it Word spreads the characters of such a line over 28 cells.
 * - compat/adjustLineHeightInTable (17.15.3.1): lines in table cells keep the document grid's
 *   pitch, as a zh-CN Word writes it, so a table a clerk adds sits on the 22-line grid; on.
 * - compat/balanceSingleByteDoubleByteWidth (17.15.3.7): would widen half-width characters of
 *   fixed-pitch fonts (仿宋_GB2312 is one) to exactly half a full-width one, changing the width of
 *   digits against what the preview and the 署名/日期 measurements use; left off.
 * - compat/doNotLeaveBackslashAlone, spaceForUL, ulTrailSpace: typing (\ → ¥) and underline
 *   rules, which nothing exported uses; left off.
 * - themeFontLang eastAsia zh-CN (17.15.1.88): theme fonts resolve to the simplified-Chinese
 *   script, for text a clerk adds in a theme font; val zh-CN as the document's language.
 * - The document language stays w:lang val = eastAsia = zh-CN in docDefaults (styles.ts): Latin
 *   words in a 公文 (R&D, GDP) are not proofed as English, and Word picks the zh-CN forms of
 *   shared punctuation.
 */
function settings(settingsXml: string): string {
  const part = 'settings.xml';
  return editRoot(settingsXml, part, 'settings', (root) => {
    setWAttr(SETTINGS.child(root, 'characterSpacingControl', part), 'val', 'doNotCompress');
    const compat = SETTINGS.child(root, 'compat', part);
    for (const local of ['useFELayout', 'doNotExpandShiftReturn', 'adjustLineHeightInTable']) COMPAT.child(compat, local, part);
    const lang = SETTINGS.child(root, 'themeFontLang', part);
    setWAttr(lang, 'val', 'zh-CN');
    setWAttr(lang, 'eastAsia', 'zh-CN');
    SETTINGS.sort(root, part);
    COMPAT.sort(compat, part);
  });
}

/**
 * Rewrites the package: the patched parts, [Content_Types].xml first (as Word writes it) and no
 * folder entries (a zip with folder entries has made Word hang on open).
 */
export function finishPackage(zip: Uint8Array, format: ExportFormat): Uint8Array {
  const files = unzipSync(zip);
  const edit = (name: string, change: (xml: string) => string) => {
    const data = files[name];
    if (!data) throw new Error(`docx export: the package has no ${name}; the docx library's output changed`);
    files[name] = strToU8(change(strFromU8(data)));
  };
  const read = (name: string) => strFromU8(files[name]!);
  const references: PackageReferences = { styles: new Set(), footers: new Map() };
  edit('word/document.xml', (xml) => paragraphProperties(xml, references));
  const targets = relationshipTargets(read('word/_rels/document.xml.rels'), 'document.xml.rels');
  for (const [type, id] of references.footers) {
    const target = targets.get(id);
    if (!target) throw new Error(`docx export: the footer ${id} has no relationship; the docx library's output changed`);
    edit(`word/${target}`, (xml) => pageNumberCache(xml, target, type === 'even' ? '2' : '1'));
  }
  for (const name of Object.keys(files)) {
    if (/^word\/(footnotes|endnotes|numbering|(header|footer)\d+)\.xml$/u.test(name)) collectStyleReferences(read(name), name, references.styles);
  }
  edit('word/styles.xml', (xml) => styles(xml, references.styles));
  edit('word/settings.xml', settings);
  edit('word/fontTable.xml', (xml) => fontTable(xml, fontNames(format)));
  const ordered: Zippable = {};
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) ordered[name] = files[name]!;
  return zipSync(ordered, { level: 6 });
}
