import type { ReactNode } from 'react';

/** Where a document has no 版头 (or 版记): the button that adds one, and what it holds. */
export function AddPart({ part, name, holds, onAdd }: { part: 'banner' | 'colophon'; name: string; holds: string; onAdd(): void }) {
  return (
    <div className="gw-meta-switch" data-part={part}>
      <button type="button" onClick={onAdd}>
        ＋ 添加{name}
      </button>
      <span>{holds}</span>
    </div>
  );
}

/** The bar atop a 版头 or 版记 form: its name and the button that removes it. */
export function PartBar({ name, title, onRemove }: { name: string; title?: ReactNode; onRemove(): void }) {
  return (
    <div className="gw-meta-bar">
      <span className="gw-meta-title">{title ?? name}</span>
      <button type="button" className="gw-meta-remove" onClick={onRemove}>
        删除{name}
      </button>
    </div>
  );
}
