import { useTranslation } from 'react-i18next';
import { TREND_RANGES_HOURS, type TrendRangeHours } from './series';

interface Props {
  readonly value: TrendRangeHours;
  readonly onChange: (hours: TrendRangeHours) => void;
}

export function RangeSelector({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="range" role="group" aria-label={t('trend.rangeLabel')}>
      {TREND_RANGES_HOURS.map((hours) => (
        <button
          key={hours}
          type="button"
          className={hours === value ? 'range-button range-active' : 'range-button'}
          aria-pressed={hours === value}
          data-testid={`trend-range-${hours}h`}
          onClick={() => onChange(hours)}
        >
          {t('trend.range', { hours })}
        </button>
      ))}
    </div>
  );
}
