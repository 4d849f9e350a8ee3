import { useState } from 'react';
import { composeDocNumber, docNumberFields, type DocNumberFields as Fields } from '../../../core/banner-fields.ts';

interface DocNumberProps {
  number: string;
  /** The document's year: the 年份 of a number not yet written. */
  year: number;
  onChange(number: string, field: keyof Fields): void;
}

/**
 * 发文字号 as three fields (7.2.5): 机关代字, 年份 and 序号, the 〔〕 and 号 printed between them, the
 * 序号 kept to digits without 虚位. What is typed stays in the fields while the written number
 * (undo, another field) agrees with it.
 */
export function DocNumberFields({ number, year, onChange }: DocNumberProps) {
  const [typed, setTyped] = useState<Fields | null>(null);
  const read = docNumberFields(number, year);
  const fields = typed && composeDocNumber(typed, year) === number ? typed : read;
  const change = (field: keyof Fields, typedValue: string) => {
    // 序号 and 年份 are digits; the 序号 without 虚位 (1, not 01) as it prints.
    const value = field === 'code' ? typedValue : typedValue.replace(/\D/gu, '').replace(field === 'serial' ? /^0+(?=\d)/u : /^$/u, '');
    const next = { ...(fields ?? { code: '', year: String(year), serial: '' }), [field]: value };
    setTyped(next);
    onChange(composeDocNumber(next, year), field);
  };
  /** Wide enough for what it holds: a 字 for each hanzi of the 代字, half a 字 for a digit. */
  const width = (field: keyof Fields, least: number) => `${Math.max(least, [...(fields?.[field] ?? '')].length * (field === 'code' ? 1 : 0.55)) + 0.6}em`;
  const input = (field: keyof Fields, label: string, placeholder: string, least: number) => (
    <input
      className="gw-meta-input"
      aria-label={label}
      placeholder={placeholder}
      value={fields?.[field] ?? ''}
      style={{ width: width(field, least) }}
      inputMode={field === 'code' ? undefined : 'numeric'}
      onChange={(event) => change(field, event.target.value)}
    />
  );
  return (
    <span className="gw-doc-number" role="group" aria-label="发文字号">
      {input('code', '机关代字', '机关代字', 4)}〔{input('year', '年份', '年份', 2.2)}〕{input('serial', '序号', '序号', 2)}号
      {!fields && <span className="gw-meta-note">（原发文字号「{number}」无法识别，请重新填写）</span>}
    </span>
  );
}
