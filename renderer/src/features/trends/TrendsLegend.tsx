// What the marks mean: symbols of treatments and flags, manual readings, the infusion, lymphodepletion, thresholds.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Symbols } from 'recharts';
import type { MarkerKind } from './markers';
import type { ChartPalette } from '../../charts/palette';
import { MARKER_SHAPES } from './EventLane';

const KINDS: readonly MarkerKind[] = ['tocilizumab', 'steroid', 'anti_il1', 'vasopressor', 'oxygen', 'fluid', 'medication', 'flag'];

export function TrendsLegend({ palette }: { palette: ChartPalette }) {
  const { t } = useTranslation();
  const swatch = (children: ReactNode) => (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {children}
    </svg>
  );
  return (
    <ul className="trends-legend" aria-label={t('trends.legendLabel')}>
      {KINDS.map((k) => (
        <li key={k}>
          {swatch(<Symbols cx={9} cy={9} type={MARKER_SHAPES[k]} size={80} fill={palette.marker[k]} />)}
          {t(`trends.markers.${k}`)}
        </li>
      ))}
      <li>
        {swatch(<path d="M9,2L16,9L9,16L2,9Z" fill={palette.manualFill} stroke={palette.manualStroke} strokeWidth={2} />)}
        {t('trends.legendManual')}
      </li>
      <li>
        {swatch(<line x1="9" y1="0" x2="9" y2="18" stroke={palette.infusion} strokeWidth={2} strokeDasharray="4 2" />)}
        {t('trends.infusion')}
      </li>
      <li>
        {swatch(<rect x="1" y="1" width="16" height="16" fill={palette.lymphodepletion} fillOpacity={0.35} />)}
        {t('trends.lymphodepletion')}
      </li>
      <li>
        {swatch(<line x1="0" y1="9" x2="18" y2="9" stroke={palette.threshold} strokeWidth={1.5} strokeDasharray="3 3" />)}
        {t('trends.legendThreshold')}
      </li>
      <li>
        {swatch(<rect x="1" y="4" width="16" height="10" fill={palette.gradeNa} fillOpacity={0.45} />)}
        {t('trends.legendNotAssessable')}
      </li>
      <li>
        {swatch(<rect x="3" y="3" width="12" height="12" fill="none" stroke={palette.confirmed} strokeWidth={2} />)}
        {t('trends.legendConfirmed')}
      </li>
    </ul>
  );
}
