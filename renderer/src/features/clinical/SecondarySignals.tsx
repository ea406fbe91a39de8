// NEWS2, CAR-HEMATOTOX, the IEC-HS warning and neurotoxicity outside ICANS: shown apart, never part of a grade.
import { useTranslation } from 'react-i18next';
import type { SecondarySignals as Signals } from '../../../../shared/clinical/engine';
import { formatSince } from '../../ui/format/time';
import { list, term } from '../../../../shared/clinical/said';
import { sayOr, sayParam } from '../../i18n/said';

const missingList = (missing: readonly string[]): string => sayParam(list(missing.map((m) => term('missing', m))));

export function SecondarySignals({ signals, now }: { signals: Signals; now: number }) {
  const { t } = useTranslation();
  const { news2, hematotox, iecHs, nonIcansNeurotoxicity: neuro } = signals;
  const risk = hematotox.risk ?? 'unknown';
  return (
    <section className="secondary" aria-label={t('clinical.secondary.heading')} data-testid="secondary-signals">
      <h3 className="clinical-subhead">{t('clinical.secondary.heading')}</h3>
      <p className="secondary-hint">{t('clinical.secondary.hint')}</p>
      <dl className="secondary-list">
        <dt>{t('clinical.secondary.news2')}</dt>
        <dd data-testid="secondary-news2">
          {t('clinical.secondary.news2Value', { total: news2.total, response: t(`clinical.secondary.responses.${news2.response}`) })}
          {!news2.complete && <span className="secondary-note"> · {t('clinical.secondary.news2Missing', { missing: missingList(news2.missing) })}</span>}
        </dd>
        <dt>{t('clinical.secondary.hematotox')}</dt>
        <dd data-testid="secondary-hematotox">
          {t('clinical.secondary.hematotoxValue', { score: hematotox.score })} · {t(`clinical.secondary.hematotoxRisk.${risk}`)}
          {!hematotox.complete && <span className="secondary-note"> · {t('clinical.secondary.hematotoxMissing', { missing: missingList(hematotox.missing) })}</span>}
        </dd>
        <dt>{t('clinical.secondary.iecHs')}</dt>
        <dd data-testid="secondary-iechs" className={iecHs.warning || iecHs.ferritinOver10000 ? 'secondary-warn' : undefined}>
          {iecHs.warning ? t('clinical.secondary.iecHsWarning') : t('clinical.secondary.iecHsNone')}
          {iecHs.ferritinOver10000 && <span> · {t('clinical.secondary.ferritinOver10000')}</span>}
          {iecHs.warning && iecHs.supporting.length > 0 && <span className="secondary-note"> ({iecHs.supportingMessages ? sayParam(list(iecHs.supportingMessages, 'semicolon')) : iecHs.supporting.join('; ')})</span>}
        </dd>
        <dt>{t('clinical.secondary.neurotox')}</dt>
        <dd data-testid="secondary-neurotox">
          {neuro.findings.length === 0
            ? t('clinical.secondary.neurotoxNone')
            : neuro.findings.map((f, i) => (
                <span key={`${f.finding}-${i}`} className="secondary-finding">
                  {typeof f.labelMessage === 'object' ? sayOr(f.labelMessage, f.label) : f.label} ({formatSince(f.time, now)})
                </span>
              ))}
          {neuro.productNote !== null && <span className="secondary-note"> {sayOr(neuro.productNoteMessage, neuro.productNote)}</span>}
        </dd>
      </dl>
    </section>
  );
}
