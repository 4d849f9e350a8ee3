import { jointMarkShape, organMarkPt } from '../../../core/print/banner.ts';
import { BANNER_LAYOUT } from '../../../core/print/banner-layout.ts';
import { measureByTable } from '../../../core/print/char-width.ts';
import { findTemplate } from '../../../core/templates.ts';
import { withBanner } from '../../../core/banner-fields.ts';
import type { Banner } from '../../../core/model.ts';
import { DocNumberFields } from './DocNumberFields.tsx';
import { AddPart, PartBar } from './MetaParts.tsx';
import { NameList } from './NameList.tsx';
import { useMetaEdit, type MetaEdit } from './use-meta-edit.ts';
import './banner.css';

const URGENCIES = ['', '特急', '加急'];

/** 发文机关标志 as it prints (7.2.4): red, the print plan's size, a joint mark's 文件 beside the names. */
function OrganMark({ banner }: { banner: Banner }) {
  const organs = banner.organs.map((organ) => organ.trim()).filter(Boolean);
  if (organs.length === 0) return <div className="gw-banner-mark gw-banner-mark-empty">（请填写发文机关）</div>;
  const size = organMarkPt(organs, banner.withWenjian, measureByTable);
  // A joint mark as it prints: each name spread over the longest's width, 文件 beside them.
  const joint = organs.length > 1 ? jointMarkShape(organs, banner.withWenjian, size, measureByTable) : undefined;
  const style = { fontSize: `${size}pt`, color: `#${BANNER_LAYOUT.organColor}`, ...(joint ? { gap: `${joint.gapPt}pt` } : {}) };
  return (
    <div className="gw-banner-mark" style={style} aria-label="发文机关标志">
      <span className="gw-banner-organs" data-joint={joint ? 'true' : undefined} style={joint ? { width: `${joint.namesWidthPt}pt` } : {}}>
        {organs.map((organ, i) => (
          <span key={i}>
            {organ}
            {organs.length === 1 && banner.withWenjian && '文件'}
          </span>
        ))}
      </span>
      {organs.length > 1 && banner.withWenjian && <span>文件</span>}
    </div>
  );
}

function Corner({ banner, edit }: { banner: Banner; edit: MetaEdit }) {
  return (
    <div className="gw-banner-corner">
      <label>
        份号
        <input className="gw-meta-input" value={banner.copyNumber ?? ''} style={{ width: '6em' }} placeholder="可不填" onChange={(event) => edit.banner({ copyNumber: event.target.value }, 'copyNumber')} />
      </label>
      <label>
        密级
        <input className="gw-meta-input" value={banner.secrecy ?? ''} style={{ width: '7em' }} placeholder="如 秘密★1年" onChange={(event) => edit.banner({ secrecy: event.target.value }, 'secrecy')} />
      </label>
      <label>
        紧急程度
        <select className="gw-meta-input" value={banner.urgency ?? ''} onChange={(event) => edit.banner({ urgency: event.target.value })}>
          {URGENCIES.map((value) => (
            <option key={value} value={value}>
              {value || '无'}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/**
 * The 版头 above the title (GB/T 9704-2012 7.2): drawn as it prints — the red 发文机关标志, the
 * 发文字号 and 签发人 row, the red rule — with fields where the clerk fills it in. Without one, a
 * button adds it.
 */
export function BannerPanel() {
  const edit = useMetaEdit();
  const { meta } = edit;
  const { banner } = meta;
  if (!banner) {
    return <AddPart part="banner" name="版头" holds="发文机关标志、发文字号、签发人（上报的公文须有）" onAdd={() => edit.set(withBanner(meta, true))} />;
  }
  const upward = findTemplate(meta.template)?.banner.upward ?? false;
  const number = <DocNumberFields number={banner.number} year={meta.year} onChange={(value, field) => edit.banner({ number: value }, `number.${field}`)} />;
  return (
    <section className="gw-meta-sheet gw-banner" aria-label="版头" onKeyDown={edit.onKeyDown}>
      <PartBar name="版头" onRemove={() => edit.set(withBanner(meta, false))} />
      <Corner banner={banner} edit={edit} />
      <div className="gw-banner-organ-fields">
        发文机关
        <NameList label="发文机关" names={banner.organs} onChange={(organs, i) => edit.banner({ organs }, i === undefined ? undefined : `organs.${i}`)} />
        <label>
          <input type="checkbox" checked={banner.withWenjian} onChange={(event) => edit.banner({ withWenjian: event.target.checked })} />
          加“文件”
        </label>
      </div>
      <OrganMark banner={banner} />
      <div className={upward ? 'gw-banner-number-row' : 'gw-banner-number-row gw-banner-number-centred'}>
        {number}
        {upward && (
          <span className="gw-banner-signers">
            签发人：
            <NameList label="签发人" names={banner.signers} placeholder="姓名" onChange={(signers, i) => edit.banner({ signers }, i === undefined ? undefined : `signers.${i}`)} />
          </span>
        )}
      </div>
      <div className="gw-banner-rule" style={{ borderTopColor: `#${BANNER_LAYOUT.ruleColor}` }} />
    </section>
  );
}
