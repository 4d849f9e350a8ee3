import { useId, useState, type FormEvent } from 'react';
import type { Period } from '../../../core/model.ts';
import { organProblem, yearProblem } from '../../../core/meta-rules.ts';
import { newDocument } from '../../../core/new-document.ts';
import type { GongwenDocument } from '../../../core/model.ts';
import type { Template } from '../../../core/template.ts';
import { BUILTIN_TEMPLATES } from '../../../core/templates.ts';
import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';


interface TemplatePickerProps {
  onCreate(document: GongwenDocument): void;
  /** Leaves the window as it was (empty at first start, where 打开 is still at hand). */
  onCancel?: (() => void) | undefined;
  /** Opens an existing .gwdoc, or imports a .docx or .txt, instead of starting from a template. */
  onOpen?: (() => void) | undefined;
  /** Starts from last period's report instead (由上期报告新建). */
  onRollForward?: (() => void) | undefined;
}

function periodChoices(template: Template): Period[] {
  const choices: Period[] = ['上半年', '全年'];
  return choices.includes(template.period) ? choices : [...choices, template.period];
}

interface Errors {
  organ?: string;
  year?: string;
}

function validate(organ: string, year: string): Errors {
  const errors: Errors = {};
  const organError = organProblem(organ);
  if (organError) errors.organ = organError;
  const yearError = yearProblem(year);
  if (yearError) errors.year = yearError;
  return errors;
}

export function TemplatePicker({ onCreate, onCancel, onOpen, onRollForward }: TemplatePickerProps) {
  const id = useId();
  const [templateId, setTemplateId] = useState(BUILTIN_TEMPLATES[0]!.id);
  const template = BUILTIN_TEMPLATES.find((t) => t.id === templateId) ?? BUILTIN_TEMPLATES[0]!;
  const [organ, setOrgan] = useState('');
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [period, setPeriod] = useState<Period>(template.period);
  const [errors, setErrors] = useState<Errors>({});

  function chooseTemplate(next: Template) {
    setTemplateId(next.id);
    // The period belongs to the kind of report: a half-year summary is 上半年 unless changed.
    setPeriod(next.period);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(organ, year);
    setErrors(found);
    if (found.organ || found.year) {
      document.getElementById(found.organ ? `${id}-organ` : `${id}-year`)?.focus();
      return;
    }
    onCreate(newDocument(template, { organ: organ.trim(), year: Number(year.trim()), period }));
  }

  return (
    <Modal label="新建文档" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2>新建文档</h2>
        <fieldset>
          <legend>选择模板</legend>
          {BUILTIN_TEMPLATES.map((t) => (
            <label key={t.id} className="gw-template-option">
              <input type="radio" name={`${id}-template`} value={t.id} checked={t.id === templateId} onChange={() => chooseTemplate(t)} aria-label={t.name} aria-describedby={`${id}-${t.id}-description`} />
              <span className="gw-template-name">{t.name}</span>
              <span className="gw-template-description" id={`${id}-${t.id}-description`}>
                {t.description}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="gw-fields">
          <label htmlFor={`${id}-organ`}>发文机关</label>
          <input
            id={`${id}-organ`}
            value={organ}
            onChange={(event) => setOrgan(event.target.value)}
            placeholder="例如：宣城市科技局"
            autoFocus
            aria-invalid={errors.organ ? true : undefined}
            aria-describedby={errors.organ ? `${id}-organ-error` : undefined}
          />
          <label htmlFor={`${id}-year`}>年度</label>
          <input
            id={`${id}-year`}
            value={year}
            onChange={(event) => setYear(event.target.value)}
            inputMode="numeric"
            maxLength={4}
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={errors.year ? `${id}-year-error` : undefined}
          />
          <label htmlFor={`${id}-period`}>时段</label>
          <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(event.target.value as Period)}>
            {periodChoices(template).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        {errors.organ && (
          <p className="gw-form-error" id={`${id}-organ-error`} role="alert">
            {errors.organ}
          </p>
        )}
        {errors.year && (
          <p className="gw-form-error" id={`${id}-year-error`} role="alert">
            {errors.year}
          </p>
        )}
        <DialogActions
          aside={
            (onOpen || onRollForward) && (
              <>
                {onOpen && (
                  <button type="button" className="gw-button" onClick={onOpen}>
                    打开或导入文件…
                  </button>
                )}
                {onRollForward && (
                  <button type="button" className="gw-button" onClick={onRollForward}>
                    由上期报告新建…
                  </button>
                )}
              </>
            )
          }
          secondary={onCancel && { label: '取消', onClick: onCancel }}
          primary={{ label: '创建' }}
        />
      </form>
    </Modal>
  );
}
