import { useEffect, useRef, type KeyboardEvent } from 'react';

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
 * ＋ adds one, × removes one. ＋ and Enter take the caret into the next field, so the clerk types
 * straight on; an empty last field is the one they go to rather than another empty one.
 */
export function NameList({ label, names, placeholder, onChange }: NameListProps) {
  const shown = names.length > 0 ? names : [''];
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // The field ＋ added, to focus once the list comes back with it (after the meta change renders).
  const pendingFocus = useRef<{ index: number; before: readonly string[] } | undefined>(undefined);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.before === names) return;
    pendingFocus.current = undefined;
    inputs.current[pending.index]?.focus();
  }, [names]);

  const add = () => {
    const last = shown.length - 1;
    if (shown[last] === '') {
      inputs.current[last]?.focus();
      return;
    }
    pendingFocus.current = { index: shown.length, before: names };
    onChange([...shown, '']);
  };
  const onKeyDown = (event: KeyboardEvent, i: number) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (i < shown.length - 1) inputs.current[i + 1]?.focus();
    else add();
  };

  return (
    <span className="gw-name-list">
      {shown.map((name, i) => (
        <span className="gw-name-entry" key={i}>
          <input
            ref={(input) => {
              inputs.current[i] = input;
            }}
            className="gw-meta-input"
            aria-label={`${label} ${i + 1}`}
            value={name}
            placeholder={placeholder}
            style={{ width: `${Math.max(3, [...(name || placeholder || '')].length) + 0.6}em` }}
            onChange={(event) => onChange(shown.map((old, k) => (k === i ? event.target.value : old)), i)}
            onKeyDown={(event) => onKeyDown(event, i)}
          />
          {shown.length > 1 && (
            <button type="button" className="gw-meta-small" aria-label={`删除${label} ${i + 1}`} title={`删除${label}`} onClick={() => onChange(shown.filter((_, k) => k !== i))}>
              ×
            </button>
          )}
        </span>
      ))}
      <button type="button" className="gw-meta-small" aria-label={`添加${label}`} title={`添加${label}`} onClick={add}>
        ＋
      </button>
    </span>
  );
}
