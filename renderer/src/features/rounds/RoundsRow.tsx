// One Day of the rounds view. A value beyond the shared threshold (fever, hypotension, low SpO₂) carries a word;
// suggested and confirmed grades side by side; labs with their range marks; treatments with their time.
import { useTranslation } from 'react-i18next';
import type { RoundsDay } from '../../../../shared/api/methods/rounds';
import type { SiteLabRange } from '../../../../shared/labRanges';
import { dayLabel } from '../../ui/format/day';
import { formatClock, formatIsoDate } from '../../ui/format/time';
import type { TempUnit } from '../../ui/prefs/preferences';
import { labUnitLabel } from '../labs/units';
import { labName } from '../labs/names';
import { sayParam } from '../../i18n/said';
import { roundsLabs, roundsTreatments, roundsVitals, supportText, type MarkedValue } from './rows';
import { gradeText } from '../trends/markers';
import { ManualTag } from '../../ui/ManualTag';

interface Props {
  readonly day: RoundsDay;
  readonly today: boolean;
  readonly tempUnit: TempUnit;
  readonly onOpenDay: (day: number) => void;
  /** The site's lab ranges by test code (labs.siteRanges). */
  readonly siteRanges: ReadonlyMap<string, SiteLabRange>;
}

function Value({ v, word, by, testId }: { v: MarkedValue; word: string; by?: string | null | undefined; testId?: string }) {
  const tag = by === undefined ? null : <ManualTag enteredBy={by} testId={testId} />;
  return v.beyond ? (
    <span className="rounds-beyond">
      {v.text} <span className="rounds-word">{word}</span>
      {tag}
    </span>
  ) : (
    <span>
      {v.text}
      {tag}
    </span>
  );
}

export function RoundsRow({ day, today, tempUnit, onOpenDay, siteRanges }: Props) {
  const { t } = useTranslation();
  const v = roundsVitals(day.vitals, tempUnit);
  const labs = roundsLabs(day.labs, siteRanges);
  const g = day.grades;
  const support = supportText(day.oxygen, day.vasopressors).join(', ');
  return (
    <tr className={today ? 'rounds-row rounds-today' : 'rounds-row'} data-testid="rounds-row" data-day={day.day ?? ''} data-date={day.date}>
      <th scope="row">
        {day.day === null ? (
          <span>{formatIsoDate(day.date)}</span>
        ) : (
          <button type="button" className="button rounds-day" data-testid={`rounds-open-day-${day.day}`} onClick={() => onOpenDay(day.day!)} title={t('rounds.openDay')}>
            {dayLabel(day.day)}
          </button>
        )}
        <span className="rounds-date">{today ? t('labs.today') : formatIsoDate(day.date)}</span>
      </th>
      <td>
        <Value v={v.tempMax} word={t('rounds.fever')} by={day.vitalsEnteredBy.tempMaxC} testId="rounds-manual-temp" />
      </td>
      <td>
        <Value v={v.sbpMin} word={t('rounds.low')} by={day.vitalsEnteredBy.sbpMin} /> / <Value v={v.mapMin} word={t('rounds.low')} by={day.vitalsEnteredBy.mapMin} />
      </td>
      <td>
        <Value v={v.spo2Min} word={t('rounds.low')} by={day.vitalsEnteredBy.spo2Min} />
      </td>
      <td>
        <Value v={v.hrMax} word="" by={day.vitalsEnteredBy.hrMax} />
      </td>
      <td>{support === '' ? <span className="rounds-none">{t('rounds.noSupport')}</span> : support}</td>
      <td className="rounds-grades">
        <div>{t('rounds.crsLine', { suggested: gradeText(g.crsSuggestedMax), confirmed: gradeText(g.crsConfirmed) })}</div>
        <div>{t('rounds.icansLine', { suggested: gradeText(g.icansSuggestedMax), confirmed: gradeText(g.icansConfirmed) })}</div>
      </td>
      <td className="rounds-labs">
        {labs.shown.map((l) => (
          <span key={l.code} className={l.mark === null ? 'rounds-lab' : 'rounds-lab lab-out'} title={`${labName(l.code, l.name)} ${l.text} ${labUnitLabel(l.unit)}`}>
            {labName(l.code, l.name)} {l.text}
            {l.mark !== null && <span className="lab-mark"> {t(`labs.markShort.${l.mark}`)}</span>}
          </span>
        ))}
        {labs.others > 0 && <span className="rounds-more">{t('rounds.moreLabs', { count: labs.others })}</span>}
      </td>
      <td className="rounds-treatments">
        {roundsTreatments(day.treatments).map((x) => (
          <div key={`${x.time}-${x.kind}`}>
            {formatClock(x.time)} {x.said === undefined ? x.summary : sayParam(x.said)}
          </div>
        ))}
      </td>
    </tr>
  );
}
