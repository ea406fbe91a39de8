// The labs screen: the flowsheet by Day (today last), small-multiple charts per test ending today, and manual entry by panel.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { dayBounds } from '../../../../shared/episode/day';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useStationNow } from '../../ui/useNow';
import { buildLabTable } from './table';
import { useLabs } from './useLabs';
import { useSiteLabRanges } from './useSiteLabRanges';
import { episodeRange } from '../trends/zoom';
import { Modal } from '../../ui/Modal';
import { LabCharts } from './LabCharts';
import { LabEntryForm } from './LabEntryForm';
import { LabTable } from './LabTable';
import './labs.css';
import { MINUTE_MS } from '../../../../shared/time';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly episode: EpisodeView | null;
  readonly clockOffset: number;
}

export function LabsScreen({ client, link, episode, clockOffset }: Props) {
  const { t } = useTranslation();
  const now = useStationNow(clockOffset, MINUTE_MS);
  const [entering, setEntering] = useState(false);
  const whole = episodeRange(episode, now);
  const to = Math.max(whole.to, dayBounds(now).to);
  const labs = useLabs(client, link, whole.from, to);
  const infusionTime = episode?.infusionTime ?? null;
  const siteRanges = useSiteLabRanges(client, link);
  const table = useMemo(() => buildLabTable(labs.results, infusionTime, now, siteRanges.byCode), [labs.results, infusionTime, now, siteRanges.byCode]);
  // The charts stop at the end of today: the rest of the planned stay has no results yet.
  const chartsTo = dayBounds(now).to;
  return (
    <section className="panel labs" aria-labelledby="labs-title" data-testid="labs-screen">
      <div className="trends-head">
        <h2 id="labs-title" className="panel-title">
          {t('labs.title')}
        </h2>
        <span className="field-hint" data-testid="labs-legend">
          {t('flowsheet.legend')}
        </span>
        {episode !== null && (
          <button type="button" className="button button-primary" data-testid="lab-entry-open" onClick={() => setEntering(true)}>
            {t('labs.entry.open')}
          </button>
        )}
      </div>
      {labs.error !== null && (
        <p className="form-error" role="status">
          {t('labs.error', { message: labs.error })}
        </p>
      )}
      {siteRanges.problem !== null && (
        <p className="form-error" role="status" data-testid="labs-ranges-problem">
          {t('flowsheet.sitesProblem', { problem: siteRanges.problem })}
        </p>
      )}
      {episode === null && <p className="notice">{t('trends.noEpisode')}</p>}
      {!labs.loaded ? <p className="notice">{t('labs.loading')}</p> : <LabTable table={table} />}
      {labs.loaded && table.rows.length > 0 && <LabCharts table={table} results={labs.results} from={whole.from} to={chartsTo} infusionTime={infusionTime} />}
      {entering && (
        <Modal title={t('labs.entry.title')} onClose={() => setEntering(false)} testId="lab-entry-dialog" wide>
          <LabEntryForm
            client={client}
            now={() => Date.now() + clockOffset}
            onSaved={() => {
              setEntering(false);
              labs.reload();
            }}
            onCancel={() => setEntering(false)}
          />
        </Modal>
      )}
    </section>
  );
}
