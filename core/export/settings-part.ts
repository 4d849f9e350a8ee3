import { ChildOrder, editRoot, setWAttr } from './xml-tree.ts';

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
export function settings(settingsXml: string): string {
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

