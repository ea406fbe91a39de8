// The Handover tab's controls: the window (shift being handed over, or the one before/after), the nurse's illness
// severity and situation text, the paper size, Save and Print (which saves first, so two clicks print). Print with no
// severity chosen asks for it (I-PASS "I") instead of printing a blank one.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ILLNESS_SEVERITIES, REPORT_FORMATS, type IllnessSeverity, type ReportFormat } from '../../../../shared/report/types';
import { RadioField } from '../../ui/form/RadioField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { formatDateTime } from '../../ui/format/time';

interface Props {
  readonly window: { readonly from: number; readonly to: number } | null;
  readonly severity: IllnessSeverity | null;
  readonly situation: string;
  readonly format: ReportFormat;
  readonly dirty: boolean;
  readonly busy: 'save' | 'print' | null;
  readonly status: string | null;
  readonly error: string | null;
  readonly onSeverity: (s: IllnessSeverity) => void;
  readonly onSituation: (text: string) => void;
  readonly onFormat: (f: ReportFormat) => void;
  readonly onShift: (step: -1 | 0 | 1) => void;
  readonly onSave: () => void;
  readonly onPrint: () => void;
}

export function HandoverControls(p: Props) {
  const { t } = useTranslation();
  const [askedSeverity, setAskedSeverity] = useState(false);
  const severityRef = useRef<HTMLDivElement>(null);
  const print = () => {
    if (p.severity !== null) return p.onPrint();
    setAskedSeverity(true);
    severityRef.current?.querySelector('input')?.focus();
  };
  return (
    <div className="ho-controls" data-testid="handover-controls">
      <div className="ho-controls-row">
        <h2 className="ho-controls-title">{t('report.controls.heading')}</h2>
        {p.window && <span data-testid="handover-window">{t('report.controls.window', { from: formatDateTime(p.window.from), to: formatDateTime(p.window.to) })}</span>}
        <button type="button" className="button" onClick={() => p.onShift(-1)} data-testid="handover-previous">
          {t('report.controls.previous')}
        </button>
        <button type="button" className="button" onClick={() => p.onShift(0)} data-testid="handover-current">
          {t('report.controls.current')}
        </button>
        <button type="button" className="button" onClick={() => p.onShift(1)} data-testid="handover-next">
          {t('report.controls.next')}
        </button>
      </div>
      <div ref={severityRef}>
        <RadioField
          label={t('report.controls.severity')}
          value={p.severity ?? ''}
          onChange={(v) => p.onSeverity(v as IllnessSeverity)}
          options={ILLNESS_SEVERITIES.map((s) => ({ value: s, label: t(`report.severity.${s}`) }))}
          testId="handover-severity"
        />
        {askedSeverity && p.severity === null && (
          <p className="form-error" role="alert" data-testid="handover-severity-needed">
            {t('report.controls.severityNeeded')}
          </p>
        )}
      </div>
      <TextAreaField label={t('report.controls.situation')} value={p.situation} onChange={p.onSituation} rows={3} testId="handover-situation-input" />
      <div className="ho-controls-row">
        <label className="ho-format">
          {t('report.controls.format')}{' '}
          <select value={p.format} onChange={(e) => p.onFormat(e.target.value as ReportFormat)} data-testid="handover-format">
            {REPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`report.controls.paper.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={p.busy !== null || p.severity === null || !p.dirty} onClick={p.onSave} data-testid="handover-save">
          {p.busy === 'save' ? t('report.controls.saving') : t('report.controls.save')}
        </button>
        <button type="button" className="button button-primary" disabled={p.busy !== null || p.window === null} onClick={print} data-testid="handover-print">
          {p.busy === 'print' ? t('report.controls.printing') : t('report.controls.print')}
        </button>
        {p.dirty && p.severity !== null && <span className="ho-controls-note">{t('report.controls.unsaved')}</span>}
      </div>
      {p.status && (
        <p className="ho-controls-status" role="status" data-testid="handover-status">
          {p.status}
        </p>
      )}
      {p.error && (
        <p className="form-error" role="alert" data-testid="handover-error">
          {p.error}
        </p>
      )}
    </div>
  );
}
