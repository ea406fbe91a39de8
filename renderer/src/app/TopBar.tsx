// Always on top: who is in the bed, the alarm disclaimer, who is signed in, settings, and the screens.
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../shared/api/contract';
import type { EpisodeView } from '../../../shared/api/methods/episode';
import { AlarmDisclaimer } from './AlarmDisclaimer';
import { PatientHeader } from './PatientHeader';
import { SettingsMenu } from './SettingsMenu';
import type { Screen } from './screens';
import { Tabs } from './Tabs';
import { UserBadge } from './UserBadge';

interface Props {
  readonly loaded: boolean;
  readonly stationName: string | null;
  readonly patient: PatientSummary | null;
  readonly episode: EpisodeView | null;
  readonly error: string | null;
  readonly clockOffset: number;
  readonly screen: Screen;
  readonly onScreen: (screen: Screen) => void;
}

export function TopBar({ stationName, screen, onScreen, ...patient }: Props) {
  const { t } = useTranslation();
  return (
    <header className="header">
      {/* One line that never wraps (#18): what does not fit is cut with an ellipsis and kept whole in its title. */}
      <div className="header-main" data-testid="header-main">
        <PatientHeader {...patient} />
        <div className="header-side">
          <span className="station-name" data-testid="station-name" title={stationName ?? undefined}>
            {stationName ?? t('app.title')}
          </span>
          <UserBadge />
          <SettingsMenu />
        </div>
      </div>
      <div className="header-nav">
        <Tabs current={screen} onChange={onScreen} />
        <AlarmDisclaimer />
      </div>
    </header>
  );
}
