import { useId, useState, type FormEvent } from 'react';
import { MAX_NEW_TABLE_ROWS, MAX_TABLE_COLUMNS } from '../../../core/table/make-table.ts';
import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface TablePickerDialogProps {
  onInsert(rows: number, columns: number): void;
  onCancel(): void;
}

/** The grid drawn for picking with the mouse; larger tables are typed in the fields. */
const GRID_ROWS = 8;
const GRID_COLUMNS = 10;

/**
 * 插入表格: a grid to point at (as in Word and WPS) and the 行数 / 列数 fields it fills in. The first
 * row becomes the header row; a bad number is said in Chinese and nothing is inserted.
 */
export function TablePickerDialog({ onInsert, onCancel }: TablePickerDialogProps) {
  const id = useId();
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [error, setError] = useState<string | null>(null);
  const r = Number(rows);
  const c = Number(columns);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!Number.isInteger(r) || r < 1 || r > MAX_NEW_TABLE_ROWS) return setError(`行数应为 1 到 ${MAX_NEW_TABLE_ROWS} 之间的整数`);
    if (!Number.isInteger(c) || c < 1 || c > MAX_TABLE_COLUMNS) return setError(`列数应为 1 到 ${MAX_TABLE_COLUMNS} 之间的整数`);
    onInsert(r, c);
  }

  const pick = (row: number, column: number) => {
    setRows(String(row));
    setColumns(String(column));
    setError(null);
  };

  return (
    <Modal label="插入表格" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2>插入表格</h2>
        <div className="gw-table-grid" role="grid" aria-label="选择行数和列数">
          {Array.from({ length: GRID_ROWS }, (_, i) => (
            <div key={i} role="row" className="gw-table-grid-row">
              {Array.from({ length: GRID_COLUMNS }, (_, j) => (
                <button
                  key={j}
                  type="button"
                  role="gridcell"
                  aria-label={`${i + 1} 行 × ${j + 1} 列`}
                  className={i < r && j < c ? 'gw-table-grid-cell gw-table-grid-on' : 'gw-table-grid-cell'}
                  onMouseEnter={() => pick(i + 1, j + 1)}
                  onFocus={() => pick(i + 1, j + 1)}
                  onClick={() => onInsert(i + 1, j + 1)}
                />
              ))}
            </div>
          ))}
        </div>
        <div className="gw-fields">
          <label htmlFor={`${id}-rows`}>行数</label>
          <input id={`${id}-rows`} value={rows} onChange={(event) => setRows(event.target.value)} inputMode="numeric" maxLength={4} aria-invalid={error ? true : undefined} autoFocus />
          <label htmlFor={`${id}-columns`}>列数</label>
          <input id={`${id}-columns`} value={columns} onChange={(event) => setColumns(event.target.value)} inputMode="numeric" maxLength={2} aria-invalid={error ? true : undefined} />
        </div>
        <p>第一行为表头，跨页时重复。</p>
        {error && <p role="alert">{error}</p>}
        <DialogActions primary={{ label: '插入' }} secondary={{ label: '取消', onClick: onCancel }} />
      </form>
    </Modal>
  );
}
