// Documenting treatments and assessments (the events the CRS/ICANS rules read): pick what to record, fill its
// form, see what the station said. "Record what was given": the station never orders anything.
import { useCallback, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState, StationClient } from '../../../api/stationClient';
import type { EventKind } from './eventForms';
import { useClinical } from '../useClinical';
import type { EpisodeState } from '../../episode/useEpisode';
import { AttributionForm } from './AttributionForm';
import type { EventFormProps } from './EventFormShell';
import { MedicationForm } from './MedicationForm';
import { NeuroForm } from './NeuroForm';
import { OxygenForm } from './OxygenForm';
import { RecentEvents } from './RecentEvents';
import { RecordedNotice } from './RecordedNotice';
import { SeizureEventForm } from './SeizureEventForm';
import { FluidForm, ImagingForm, NoteForm } from './SimpleForms';
import { TreatmentActionsProvider, type Recorded } from './TreatmentActions';
import { VasopressorForm } from './VasopressorForm';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import '../clinical.css';
import './treatments.css';

/** The forms that need only the clock; the neuro form also asks about the findings that stand. */
const FORMS: Readonly<Record<Exclude<EventKind, 'neuro'>, ComponentType<EventFormProps>>> = {
  oxygen: OxygenForm,
  vasopressor: VasopressorForm,
  medication: MedicationForm,
  fluid_bolus: FluidForm,
  seizure: SeizureEventForm,
  imaging: ImagingForm,
  attribution: AttributionForm,
  note: NoteForm,
};
const KINDS = ['oxygen', 'vasopressor', 'medication', 'fluid_bolus', 'neuro', 'seizure', 'imaging', 'attribution', 'note'] as const satisfies readonly EventKind[];
const NONE_STANDING: readonly StandingFindingView[] = [];

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly state: EpisodeState;
  readonly clockOffset: number;
}

export function TreatmentsScreen({ client, link, state, clockOffset }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EventKind>('oxygen');
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const onRecorded = useCallback((r: Recorded) => setRecorded(r), []);
  const now = useCallback(() => Date.now() + clockOffset, [clockOffset]);
  // The neuro form asks again about the motor, ICP and imaging findings that stand now.
  const standing = useClinical(client, link).status?.suggested?.icans.domains.standing ?? NONE_STANDING;

  if (!state.loaded) return <p className="notice">{t('treatments.loading')}</p>;
  const episode = state.episode;
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
            {kind === 'neuro' ? <NeuroForm key={kind} now={now} standing={standing} /> : <OtherForm key={kind} kind={kind} now={now} />}
            {recorded !== null && <RecordedNotice recorded={recorded} />}
          </TreatmentActionsProvider>
        )}
      </section>
      {episode !== null && <RecentEvents timeline={episode.timeline} />}
    </div>
  );
}

function OtherForm({ kind, now }: EventFormProps & { readonly kind: Exclude<EventKind, 'neuro'> }) {
  const FormOfKind = FORMS[kind];
  return <FormOfKind now={now} />;
}
