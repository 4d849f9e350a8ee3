import type { CSSProperties } from 'react';
import { CELL_MM, CHARS_PER_LINE } from '../../core/print/page-geometry.ts';
import type { PrintedRule } from '../../core/print/printed-paragraph.ts';
import type { BannerContent, BannerItem, TabbedPart } from './banner-lines.ts';
import { markSide } from './line-break.ts';

/**
 * The 版记's rules on its lines' edges (7.4.1), adding their weight to the line's height:
 * LibreOffice prints the export's cell borders so, each row its lines' pitch and its borders high
 * (preview.css sets these lines content-box). The weight is padding, the rule an inset shadow over
 * it: a CSS border would be rounded to whole device pixels (0.35 mm is 0.66 px in 预览), and three
 * of them moved the first rule 0.7 mm.
 */
export function ruleStyle(rules: readonly PrintedRule[] | undefined): CSSProperties {
  if (!rules?.length) return {};
  const style: CSSProperties = { boxShadow: rules.map((rule) => `inset 0 ${rule.edge === 'top' ? '' : '-'}${rule.weightMm}mm 0 0 #${rule.color}`).join(', ') };
  for (const rule of rules) style[rule.edge === 'top' ? 'paddingTop' : 'paddingBottom'] = `${rule.weightMm}mm`;
  return style;
}

function Part({ part }: { part: TabbedPart }) {
  const style: CSSProperties =
    part.align === 'center' ? { left: 0, right: 0, textAlign: 'center' } : part.align === 'left' ? { left: `${part.at * CELL_MM}mm` } : { right: `${(CHARS_PER_LINE - part.at) * CELL_MM}mm` };
  return (
    <span className="gw-preview-part" style={style}>
      {part.cells.map((cell, i) => (
        <span key={i} className={`gw-preview-cell gw-preview-${cell.role}`} data-side={markSide(cell.ch) ?? undefined} style={{ width: `${cell.width * CELL_MM}mm` }}>
          {cell.ch}
        </span>
      ))}
    </span>
  );
}

/** Text at tab stops (the 发文字号 and 签发人 row, 印发机关 and 印发日期). */
export function Parts({ parts }: { parts: readonly TabbedPart[] }) {
  return parts.map((part, i) => <Part key={i} part={part} />);
}

function Content({ content }: { content: BannerContent }) {
  if (content.kind === 'rule') return <div className="gw-preview-rule" data-role="banner-rule" style={{ borderTop: `${content.rule.weightMm}mm solid #${content.rule.color}` }} />;
  if (content.kind === 'parts') return <Parts parts={content.parts} />;
  const { joint } = content;
  return (
    <div className="gw-preview-mark" data-role="organ-mark" style={{ fontSize: `${content.sizePt}pt`, color: `#${content.color}`, ...(joint ? { gap: `${joint.gapPt}pt` } : {}) }}>
      <span className="gw-preview-mark-lines" data-joint={joint ? 'true' : undefined} style={joint ? { width: `${joint.namesWidthPt}pt` } : {}}>
        {content.lines.map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </span>
      {content.beside && <span>{content.beside}</span>}
    </div>
  );
}

/** The 版头's parts, each placed at its height from this row's top (banner-lines.ts), over `rows` rows. */
export function BannerLine({ items, rows }: { items: readonly BannerItem[]; rows: number }) {
  return (
    <div className="gw-preview-line gw-preview-banner" data-kind="banner" data-rows={rows}>
      {items.map((item, i) => (
        <div key={i} className="gw-preview-banner-item" style={{ top: `${item.topPt}pt`, height: `${item.heightPt}pt`, lineHeight: `${item.heightPt}pt` }}>
          <Content content={item.content} />
        </div>
      ))}
    </div>
  );
}
