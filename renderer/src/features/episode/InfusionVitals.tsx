// Vital signs during the infusion: one row per suggested time (every 15 min from start to end), filled from the
// monitor's trend (or its latest values for a time that is now) for the nurse to check, or typed by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vitalsRow, vitalsTimes, type InfusionValues, type VitalsRow } from './infusionForm';
import { isEmptyVitals, prefillFrom, QUARTER_HOUR_MS, vitalsFromLatest, vitalsFromTrend, vitalsSource, VITALS_TREND_PARAMS } from './vitals';
import { formatClock } from '../../ui/format/time';
import type { FieldErrors } from '../../ui/form/result';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useEpisodeActions } from './EpisodeActions';
import { VitalsFields } from './VitalsFields';

interface Props {
  readonly values: InfusionValues;
  readonly setRow: (time: number, row: VitalsRow) => void;
  readonly errors: FieldErrors;
}

const HALF_STEP = QUARTER_HOUR_MS / 2;

export function InfusionVitals({ values, setRow, errors }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const actions = useEpisodeActions();
  const [notice, setNotice] = useState<string | null>(null);
  const times = vitalsTimes(values);

  const fill = async () => {
    const first = times[0];
    const last = times.at(-1);
    if (first === undefined || last === undefined) return;
    const [trend, latest] = await Promise.all([
      actions.client.call('observations.trend', { params: [...VITALS_TREND_PARAMS], from: Math.round(first - HALF_STEP), to: Math.round(last + HALF_STEP) }).catch(() => []),
      actions.client.call('observations.latest', {}).catch(() => []),
    ]);
    const now = actions.now();
    let filled = 0;
    for (const time of times) {
      if (!isEmptyVitals(vitalsRow(values, time).values)) continue; // never overwrite what was typed
      const recent = Math.abs(now - time) <= HALF_STEP ? vitalsFromLatest(latest, now, HALF_STEP) : null;
      const numbers = vitalsFromTrend(trend, time, HALF_STEP) ?? recent?.numbers ?? null;
      if (numbers === null) continue;
      const prefill = prefillFrom(numbers, tempUnit);
      setRow(time, { values: prefill.values, prefill });
      filled += 1;
    }
    setNotice(filled > 0 ? t('infusion.vitalsFilled', { count: filled }) : t('infusion.vitalsNone'));
  };

  return (
    <fieldset className="field-wide group" data-testid="infusion-vitals">
      <legend className="field-label">{t('infusion.vitalsTitle')}</legend>
      <p className="field-hint">{t('infusion.vitalsHint')}</p>
      {times.length > 0 && (
        <div className="field-buttons">
          <button type="button" className="button" data-testid="vitals-fill" onClick={() => void fill()}>
            {t('infusion.vitalsFill')}
          </button>
          {notice !== null && (
            <span className="field-hint" role="status">
              {notice}
            </span>
          )}
        </div>
      )}
      {times.map((time, i) => {
        const row = vitalsRow(values, time);
        return (
          <fieldset key={time} className="vitals-row" data-testid={`vitals-row-${i}`}>
            <legend>
              {formatClock(time)}
              {row.prefill !== null && (
                <span className="source-tag">{vitalsSource(row.values, row.prefill) === 'monitor' ? t('checklist.baseline.sourceMonitor') : t('checklist.baseline.sourceManual')}</span>
              )}
            </legend>
            <VitalsFields values={row.values} onChange={(v) => setRow(time, { ...row, values: v })} errors={errors} prefix={`vitals.${i}.`} testId={`vitals-${i}`} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
