// The motor, ICP and imaging findings that stand now: each motor or ICP finding asks "still present?" (left as
// "not re-examined", it keeps standing); imaging stands until newer imaging, recorded with the imaging form.
import { useTranslation } from 'react-i18next';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import { askedFindings, STILL_PRESENT, stillPresentField, type AskedFinding, type StillPresent } from './neuroForms';
import { formatDateTime } from '../../../ui/format/time';
import type { FieldErrors } from '../../../ui/form/result';
import { RadioField } from '../../../ui/form/RadioField';

interface Props {
  readonly standing: readonly StandingFindingView[];
  readonly values: Readonly<Partial<Record<AskedFinding, StillPresent>>>;
  readonly errors: FieldErrors;
  readonly onAnswer: (finding: AskedFinding, answer: string) => void;
}

export function StandingFindings({ standing, values, errors, onAnswer }: Props) {
  const { t } = useTranslation();
  const asked = new Set<string>(askedFindings(standing));
  const name = (f: StandingFindingView['finding']) =>
    f === 'deep_focal_motor_weakness' ? t('treatments.neuro.deepFocalMotorWeakness') : asked.has(f) ? t(`treatments.neuro.icp.${f as Exclude<AskedFinding, 'deep_focal_motor_weakness'>}`) : t(`treatments.imaging.findings.${f as 'focal_edema'}`);
  return (
    <fieldset className="field field-wide check-group standing-findings" data-testid="neuro-standing">
      <legend className="field-label">{t('treatments.neuro.standing.title')}</legend>
      {standing.map((s) => {
        const documented = t('treatments.neuro.standing.documented', { at: formatDateTime(s.documentedAt) }) + (s.baseline ? ` ${t('treatments.neuro.standing.baseline')}` : '');
        return asked.has(s.finding) ? (
          <div key={s.finding} className="standing-finding" data-testid={`neuro-standing-${s.finding}`}>
            <RadioField
              label={`${name(s.finding)}: ${t('treatments.neuro.standing.question')} (${documented})`}
              value={values[s.finding as AskedFinding] ?? 'unchanged'}
              onChange={(x) => onAnswer(s.finding as AskedFinding, x)}
              options={STILL_PRESENT.map((c) => ({ value: c, label: t(`treatments.neuro.standing.answers.${c}`) }))}
              error={errors[stillPresentField(s.finding as AskedFinding)]}
              testId={`neuro-still-${s.finding}`}
            />
          </div>
        ) : (
          <p key={s.finding} className="field-hint standing-finding" data-testid={`neuro-standing-${s.finding}`}>
            {t('treatments.neuro.standing.imaging', { finding: name(s.finding) })} ({documented})
          </p>
        );
      })}
    </fieldset>
  );
}
