// Small multiples: one chart per test with results, in the table's order, on the same Day axis.
import { useTranslation } from 'react-i18next';
import type { LabResult } from '../../../../shared/api/methods/labs';
import { dayStart } from '../../../../shared/episode/day';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { timeTicks } from '../../charts/timeAxis';
import { daysIn } from '../trends/zoom';
import type { LabTable } from './table';
import { chartPalette } from '../../charts/palette';
import { LabChart } from './LabChart';
import { DAY_MS } from '../../../../shared/time';

const WEEK = 7 * DAY_MS;

interface Props {
  readonly table: LabTable;
  readonly results: readonly LabResult[];
  readonly from: number;
  readonly to: number;
  readonly infusionTime: number | null;
}

export function LabCharts({ table, results, from, to, infusionTime }: Props) {
  const { t } = useTranslation();
  const { theme } = usePreferences();
  const palette = chartPalette(theme);
  // Day 0, ±7, ±14 … when the infusion is known, else weekly midnights.
  const ticks = infusionTime === null ? timeTicks(from, to, WEEK) : daysIn({ from, to }, infusionTime).filter((d) => d % 7 === 0).map((d) => dayStart(d, infusionTime)).filter((x) => x >= from && x <= to);
  return (
    <section aria-label={t('labs.chartsLabel')} className="lab-charts" data-testid="lab-charts">
      {table.rows.map((row) => (
        <LabChart
          key={row.code}
          row={row}
          results={results.filter((r) => r.code === row.code).sort((a, b) => a.observedAt - b.observedAt)}
          from={from}
          to={to}
          ticks={ticks}
          infusionTime={infusionTime}
          palette={palette}
        />
      ))}
    </section>
  );
}
