import { useId, useMemo, useState, type FormEvent } from 'react';
import { yearProblem } from '../../../core/meta-rules.ts';
import { PERIODS, blockText, type GongwenDocument, type Period } from '../../../core/model.ts';
import { proposeTarget, rollForward } from '../../../core/rollforward/roll-forward.ts';
import { BUILTIN_TEMPLATES } from '../../../core/templates.ts';
import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface RollForwardDialogProps {
  /** Last period's report, as opened or imported. */
  last: GongwenDocument;
  lastName: string;
  onCreate(document: GongwenDocument, placeholders: number): void;
  onCancel(): void;
}

type PlaceholderStyle = '【　】' | 'x';

/**
 * 由上期报告新建: the target is proposed by the roll-forward rules (templates/rollforward.json) —
 * 上半年 → 全年 of the same year, 全年 → 上半年 of the next, 工作要点 → next year's — and the clerk
 * may change the template, year and period, start the new plan from last period's plan headings,
 * and choose the placeholder style.
 */
export function RollForwardDialog({ last, lastName, onCreate, onCancel }: RollForwardDialogProps) {
  const id = useId();
  const proposed = useMemo(() => proposeTarget(last), [last]);
  const [templateId, setTemplateId] = useState(proposed.template);
  const [year, setYear] = useState(String(proposed.year));
  const [period, setPeriod] = useState<Period>(proposed.period);
  const [planFromLast, setPlanFromLast] = useState(false);
  const [placeholder, setPlaceholder] = useState<PlaceholderStyle>('【　】');
  const [error, setError] = useState<string | null>(null);
  const title = last.blocks[0] ? blockText(last.blocks[0]).trim() : '';

  /** Another template brings the year and period the rules give it (工作要点 → next year's …). */
  function chooseTemplate(template: string) {
    const next = proposeTarget(last, { template });
    setTemplateId(next.template);
    setYear(String(next.year));
    setPeriod(next.period);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const yearError = yearProblem(year);
    if (yearError) {
      setError(yearError);
      return;
    }
    const value = Number(year.trim());
    try {
      const { document, report } = rollForward(last, { template: templateId, year: value, period, planFromLast, placeholder });
      onCreate(document, report.placeholders);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Modal label="由上期报告新建" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2>由上期报告新建</h2>
        <p>
          上期报告：「{title || lastName}」。上期的工作打算将列入本期的工作完成情况，上期原文作为参考（不导出）保留在各标题下，数字改为待填占位符。
        </p>
        <div className="gw-fields">
          <label htmlFor={`${id}-template`}>本期模板</label>
          <select id={`${id}-template`} value={templateId} onChange={(event) => chooseTemplate(event.target.value)}>
            {BUILTIN_TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-year`}>年度</label>
          <input id={`${id}-year`} value={year} onChange={(event) => setYear(event.target.value)} inputMode="numeric" maxLength={4} aria-invalid={error ? true : undefined} />
          <label htmlFor={`${id}-period`}>时段</label>
          <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(event.target.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-placeholder`}>占位符</label>
          <select id={`${id}-placeholder`} value={placeholder} onChange={(event) => setPlaceholder(event.target.value as PlaceholderStyle)}>
            <option value="【　】">{'【\u3000】'}</option>
            <option value="x">x（如 xx.x 亿元）</option>
          </select>
        </div>
        <label className="gw-import-option">
          <input type="checkbox" checked={planFromLast} onChange={(event) => setPlanFromLast(event.target.checked)} />
          本期计划部分沿用上期计划的标题
        </label>
        {error && (
          <p className="gw-form-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions secondary={{ label: '取消', onClick: onCancel }} primary={{ label: '创建' }} />
      </form>
    </Modal>
  );
}
