// Documenting treatments and assessments (the events the CRS/ICANS rules read): pick what to record, fill its
// form, see what the station said. "Record what was given": the station never orders anything.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../api/stationClient';
import type { EventKind } from '../../clinical/eventForms';
import type { EpisodeState } from '../../hooks/useEpisode';
import { AttributionForm } from './AttributionForm';
import { MedicationForm } from './MedicationForm';
import { NeuroForm } from './NeuroForm';
import { OxygenForm } from './OxygenForm';
import { RecentEvents } from './RecentEvents';
import { RecordedNotice } from './RecordedNotice';
import { SeizureEventForm } from './SeizureEventForm';
import { FluidForm, ImagingForm, NoteForm } from './SimpleForms';
import { TreatmentActionsProvider, type Recorded } from './TreatmentActions';
import { VasopressorForm } from './VasopressorForm';
import '../../clinical/clinical.css';

const FORMS = {
  oxygen: OxygenForm,
  vasopressor: VasopressorForm,
  medication: MedicationForm,
  fluid_bolus: FluidForm,
  neuro: NeuroForm,
  seizure: SeizureEventForm,
  imaging: ImagingForm,
  attribution: AttributionForm,
  note: NoteForm,
} as const satisfies Record<EventKind, unknown>;
const KINDS = Object.keys(FORMS) as EventKind[];

interface Props {
  readonly client: StationClient;
  readonly state: EpisodeState;
  readonly clockOffset: number;
}

export function TreatmentsScreen({ client, state, clockOffset }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EventKind>('oxygen');
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const onRecorded = useCallback((r: Recorded) => setRecorded(r), []);
  const now = useCallback(() => Date.now() + clockOffset, [clockOffset]);

  if (!state.loaded) return <p className="notice">{t('treatments.loading')}</p>;
  const episode = state.episode;
  const FormOfKind = FORMS[kind];
  return (
    <div className="treatments" data-testid="treatments">
      <section className="panel">
        <h2 className="panel-title">{t('treatments.title')}</h2>
        <p className="record-given" data-testid="record-what-was-given">
          {t('treatments.recordWhatWasGiven')}
        </p>
        {episode === null ? (
          <p className="notice" data-testid="treatments-no-episode">
            {t('treatments.noEpisode')}
          </p>
        ) : (
          <TreatmentActionsProvider client={client} episode={episode} onRecorded={onRecorded}>
            <div className="kind-picker" role="group" aria-label={t('treatments.choose')}>
              {KINDS.map((k) => (
                <button
                  key={k}
                  type="button"
                  aria-pressed={k === kind}
                  className={k === kind ? 'button kind-button kind-active' : 'button kind-button'}
                  onClick={() => {
                    setKind(k);
                    setRecorded(null);
                  }}
                  data-testid={`event-kind-${k}`}
                >
                  {t(`treatments.kinds.${k}`)}
                </button>
              ))}
            </div>
            <h3 className="treatment-form-title">{t(`treatments.kinds.${kind}`)}</h3>
            <FormOfKind key={kind} now={now} />
            {recorded !== null && <RecordedNotice recorded={recorded} />}
          </TreatmentActionsProvider>
        )}
      </section>
      {episode !== null && <RecentEvents timeline={episode.timeline} />}
    </div>
  );
}
