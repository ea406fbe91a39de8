// Vital signs of the window: min, max and latest per parameter, the small charts with their thresholds, and the
// monitor's data gaps. A window without monitor data says so in words.
import { useTranslation } from 'react-i18next';
import { PARAMS } from '../../../../shared/params';
import type { HandoverReport, VitalRow } from '../../../../shared/report/types';
import { unitLabel } from '../../../../shared/units';
import { paramLabel } from '../../ui/format/labels';
import { displayUnit, toDisplayValue } from '../../ui/format/temperature';
import { formatNumber } from '../../ui/format/values';
import { initials } from '../../ui/format/initials';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { when } from './format';
import { Lines, ReportTable, Section, Sub } from './parts';
import { PrintTrendChart } from './PrintTrendChart';

export function VitalsSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const v = report.vitals;
  // A hand-entered latest value says so, with the initials of who entered it (never read as the monitor's).
  const manualText = (by: string | null) => (by ? `${t('vitalsEntry.manual')} · ${initials(by)}` : t('vitalsEntry.manual'));
  const n = (row: VitalRow, value: number) => formatNumber(toDisplayValue(value, row.unit, tempUnit), PARAMS[row.param].decimals);
  return (
    <Section id="vitals" title={t('report.sections.vitals')} long>
      {v.rows.length === 0 ? (
        <p className="ho-nodata" data-testid="ho-no-monitor-data">
          {t('report.noMonitorData')}
        </p>
      ) : (
        <>
          <ReportTable
            testId="ho-vitals-table"
            head={[t('report.vitals.param'), t('report.vitals.min'), t('report.vitals.max'), t('report.vitals.latest'), t('report.vitals.count')]}
            rows={v.rows.map((row) => [
              `${paramLabel(row.param)} (${unitLabel(displayUnit(row.unit, tempUnit))})`,
              n(row, row.min),
              n(row, row.max),
              `${n(row, row.latest.value)} (${when(row.latest.time, report)})${row.latest.enteredBy === undefined ? '' : ` ${manualText(row.latest.enteredBy)}`}`,
              String(row.count),
            ])}
          />
          <div className="ho-charts">
            {v.charts.map((c) => (
              <PrintTrendChart key={c.param} chart={c} from={report.window.from} to={report.window.to} tempUnit={tempUnit} />
            ))}
          </div>
          <p className="ho-small">{t('report.vitals.thresholdKey')}</p>
        </>
      )}
      <Sub title={t('report.vitals.gaps')}>
        <Lines
          testId="ho-gaps"
          items={v.gaps.map((g) => {
            const args = { device: g.device, from: when(g.from, report), to: g.to === null ? t('report.vitals.gapOngoing') : when(g.to, report), state: g.state, reason: g.reason ?? '' };
            return g.reason ? t('report.vitals.gapReason', args) : t('report.vitals.gap', args);
          })}
        />
      </Sub>
    </Section>
  );
}
