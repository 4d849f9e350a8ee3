import { PAGE_NUMBER_INDENT, PARAGRAPH_INDENT, SEAL_DATE_INDENT } from '../../core/print/indents.ts';
import { FONT_PT, LINE_PITCH_PT, MARGIN_MM, PAGE_MM, PAGE_NUMBER_BOTTOM_MM, TYPE_AREA_MM } from '../../core/print/page-geometry.ts';

/**
 * The printed page (core/print) as CSS custom properties, which the sheet (page.css, editor.css)
 * and 预览 (preview.css) read: the stylesheets hold no number of the page's own.
 */
export function pageVariables(): Record<string, string> {
  return {
    '--gw-page-width': `${PAGE_MM.width}mm`,
    '--gw-page-height': `${PAGE_MM.height}mm`,
    '--gw-page-margin-top': `${MARGIN_MM.top}mm`,
    '--gw-page-margin-right': `${MARGIN_MM.right}mm`,
    '--gw-page-margin-bottom': `${MARGIN_MM.bottom}mm`,
    '--gw-page-margin-left': `${MARGIN_MM.left}mm`,
    '--gw-type-area-width': `${TYPE_AREA_MM.width}mm`,
    '--gw-type-area-height': `${TYPE_AREA_MM.height}mm`,
    '--gw-body-size': `${FONT_PT.body}pt`,
    '--gw-title-size': `${FONT_PT.title}pt`,
    '--gw-line-height': `${LINE_PITCH_PT}pt`,
    '--gw-page-number-size': `${FONT_PT.pageNumber}pt`,
    '--gw-page-number-bottom': `${PAGE_NUMBER_BOTTOM_MM}mm`,
    '--gw-page-number-indent': `${PAGE_NUMBER_INDENT * FONT_PT.pageNumber}pt`,
    // In em of the body text: the editor's sheet sets its blocks in it.
    '--gw-paragraph-indent': `${PARAGRAPH_INDENT}em`,
    '--gw-seal-date-indent': `${SEAL_DATE_INDENT}em`,
  };
}

/** Sets the page's variables on an element (the document's root), for everything under it. */
export function applyPageVariables(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(pageVariables())) style.setProperty(name, value);
}
