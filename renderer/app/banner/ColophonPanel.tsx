import { withColophon } from '../../../core/banner-fields.ts';
import { AddPart, PartBar } from './MetaParts.tsx';
import { NameList } from './NameList.tsx';
import { useMetaEdit } from './use-meta-edit.ts';
import './banner.css';

/**
 * The 版记 below the date (GB/T 9704-2012 7.4): 抄送 over 印发机关 and 印发日期, between the black
 * rules it prints with (thick above and below, thin between); printed at the foot of the last,
 * even page. Without one, a button adds it.
 */
export function ColophonPanel() {
  const edit = useMetaEdit();
  const { meta } = edit;
  const { colophon } = meta;
  if (!colophon) {
    return <AddPart part="colophon" name="版记" holds="抄送机关、印发机关和印发日期（印在末页）" onAdd={() => edit.set(withColophon(meta, true))} />;
  }
  return (
    <section className="gw-meta-sheet gw-colophon" aria-label="版记" onKeyDown={edit.onKeyDown}>
      <PartBar name="版记" title="版记（印在最后一个偶数页的下端）" onRemove={() => edit.set(withColophon(meta, false))} />
      <div className="gw-colophon-lines">
        <div className="gw-colophon-line">
          抄送：
          <NameList label="抄送机关" names={colophon.copyTo} placeholder="机关名称" onChange={(copyTo, i) => edit.colophon({ copyTo }, i === undefined ? undefined : `copyTo.${i}`)} />
        </div>
        <div className="gw-colophon-line gw-colophon-printed">
          <input className="gw-meta-input" aria-label="印发机关" placeholder="印发机关" value={colophon.printer} style={{ width: `${Math.max(6, [...colophon.printer].length) + 0.6}em` }} onChange={(event) => edit.colophon({ printer: event.target.value }, 'printer')} />
          <span>
            <input className="gw-meta-input" aria-label="印发日期" placeholder="2024年1月8日" value={colophon.printDate} style={{ width: '7.5em' }} onChange={(event) => edit.colophon({ printDate: event.target.value }, 'printDate')} />
            印发
          </span>
        </div>
      </div>
    </section>
  );
}
