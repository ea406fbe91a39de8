import { TREND_RANGES_HOURS, type TrendRangeHours } from '../trend/series';
import { strings } from '../strings';

interface Props {
  readonly value: TrendRangeHours;
  readonly onChange: (hours: TrendRangeHours) => void;
}

export function RangeSelector({ value, onChange }: Props) {
  return (
    <div className="range" role="group" aria-label={strings.trendRangeLabel}>
      {TREND_RANGES_HOURS.map((hours) => (
        <button
          key={hours}
          type="button"
          className={hours === value ? 'range-button range-active' : 'range-button'}
          aria-pressed={hours === value}
          data-testid={`trend-range-${hours}h`}
          onClick={() => onChange(hours)}
        >
          {strings.trendRange(hours)}
        </button>
      ))}
    </div>
  );
}
