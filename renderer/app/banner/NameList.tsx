interface NameListProps {
  /** What one entry is, e.g. 签发人: the fields' names (签发人 1…) and the buttons'. */
  label: string;
  names: readonly string[];
  placeholder?: string;
  /** The list after an edit; `index` is the entry typed in (undefined: one added or removed). */
  onChange(names: string[], index?: number): void;
}

/**
 * One or several names (发文机关 of a joint 发文, 签发人, 抄送机关), a field each: at least one field,
 * ＋ adds one, × removes one.
 */
export function NameList({ label, names, placeholder, onChange }: NameListProps) {
  const shown = names.length > 0 ? names : [''];
  return (
    <span className="gw-name-list">
      {shown.map((name, i) => (
        <span className="gw-name-entry" key={i}>
          <input
            className="gw-meta-input"
            aria-label={`${label} ${i + 1}`}
            value={name}
            placeholder={placeholder}
            style={{ width: `${Math.max(3, [...(name || placeholder || '')].length) + 0.6}em` }}
            onChange={(event) => onChange(shown.map((old, k) => (k === i ? event.target.value : old)), i)}
          />
          {shown.length > 1 && (
            <button type="button" className="gw-meta-small" aria-label={`删除${label} ${i + 1}`} title={`删除${label}`} onClick={() => onChange(shown.filter((_, k) => k !== i))}>
              ×
            </button>
          )}
        </span>
      ))}
      <button type="button" className="gw-meta-small" aria-label={`添加${label}`} title={`添加${label}`} onClick={() => onChange([...shown, ''])}>
        ＋
      </button>
    </span>
  );
}
