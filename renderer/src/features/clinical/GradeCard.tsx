// One grade (CRS or ICANS): the suggested grade now and its maximum, labelled "suggested"; the physician's
// confirmation beside it (who, when, why); "why?" opens the explanation and evidence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationView, GradeKind } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { confirmationState, gradeLabel, spanDays } from './grades';
import { formatSince } from '../../ui/format/time';
import { useSession } from '../../ui/session/SessionContext';
import { ConfirmGradeDialog } from './ConfirmGradeDialog';
import { ExplainDialog, type Explained } from './ExplainDialog';

interface Props {
  readonly client: StationClient;
  readonly kind: GradeKind;
  readonly result: Explained & { readonly maxAt: number | null };
  readonly confirmation: ConfirmationView | null;
  readonly infusionTime: number | null;
  readonly now: number;
}

export function GradeCard({ client, kind, result, confirmation, infusionTime, now }: Props) {
  const { t } = useTranslation();
  const { user, requestSignIn } = useSession();
  const [dialog, setDialog] = useState<'why' | 'confirm' | null>(null);
  const name = t(`clinical.kinds.${kind}`);
  const state = confirmationState(result.current, confirmation);
  const grade = typeof result.current === 'number' ? `grade-${result.current}` : 'grade-na';

  const openConfirm = async () => {
    if (user === null && (await requestSignIn()) === null) return;
    setDialog('confirm');
  };

  return (
    <article className={`grade-card ${grade}`} data-testid={`grade-${kind}`} aria-label={name}>
      <header className="grade-head">
        <h3 className="grade-kind">{name}</h3>
        <button type="button" className="link-button" data-testid={`grade-${kind}-why`} aria-label={t('clinical.whyLabel', { kind: name, grade: gradeLabel(result.current) })} onClick={() => setDialog('why')}>
          {t('clinical.why')}
        </button>
      </header>
      <div className="grade-suggested" data-testid={`grade-${kind}-suggested`} title={t('clinical.suggestedHint')}>
        <span className="suggested-label">{t('clinical.suggested')}</span>
        <span className="grade-now">
          <span className="grade-caption">{t('clinical.current')}</span>
          <span className="grade-value" data-testid={`grade-${kind}-current`}>
            {gradeLabel(result.current)}
          </span>
        </span>
        <span className="grade-max">
          <span className="grade-caption">{t('clinical.max')}</span>
          <span className="grade-max-value" data-testid={`grade-${kind}-max`}>
            {gradeLabel(result.max)}
          </span>
          {result.maxAt !== null && <span className="grade-max-at">{t('clinical.maxAt', { time: formatSince(result.maxAt, now) })}</span>}
        </span>
      </div>
      <div className={`grade-confirmed confirmed-${state}`} data-testid={`grade-${kind}-confirmed`}>
        {confirmation === null ? (
          <span className="grade-unconfirmed">{t('clinical.notConfirmed')}</span>
        ) : (
          <>
            <span className="grade-confirmed-value" data-testid={`grade-${kind}-confirmed-value`}>
              {t('clinical.confirmed', { grade: gradeLabel(confirmation.confirmed) })}
            </span>
            <span className="grade-confirmed-by">{t('clinical.confirmedBy', { name: confirmation.by, time: formatSince(confirmation.at, now) })}</span>
            {confirmation.reason !== null && <span className="grade-confirmed-reason">{t('clinical.confirmedReason', { reason: confirmation.reason })}</span>}
            {state === 'outdated' && <span className="grade-outdated">{t('clinical.confirmedOutdated', { grade: gradeLabel(confirmation.suggested) })}</span>}
            {state === 'past' && confirmation.covers !== null && (
              <span className="grade-outdated" data-testid={`grade-${kind}-confirmed-span`}>
                {t('clinical.confirmedPast', { days: spanDays(confirmation.covers, infusionTime), suggested: gradeLabel(confirmation.suggested) })}
              </span>
            )}
          </>
        )}
      </div>
      <button type="button" className="button grade-confirm" data-testid={`grade-${kind}-confirm`} onClick={() => void openConfirm()}>
        {t('clinical.confirmButton')}
      </button>
      {dialog === 'why' && <ExplainDialog kind={kind} result={result} onClose={() => setDialog(null)} />}
      {dialog === 'confirm' && <ConfirmGradeDialog client={client} kind={kind} suggested={result.current} infusionTime={infusionTime} onClose={() => setDialog(null)} />}
    </article>
  );
}
