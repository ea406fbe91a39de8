// Evidence of a grade or a flag: each rule's sentence, the rule and version, the thresholds with their sources,
// and the readings and events it used (time, where it came from, what it was).
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/clinical/evidence';
import { thresholdSource, thresholdValue } from './evidenceFormat';
import { formatDateTime } from '../../ui/format/time';
import { sayOr } from '../../i18n/said';

const SOURCES = ['monitor', 'manual', 'staff', 'physician'] as const;

export function EvidenceList({ evidence, testId = 'evidence' }: { evidence: readonly Evidence[]; testId?: string }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p className="evidence-empty">{t('clinical.explain.empty')}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={`${e.rule}-${i}`} className="evidence" data-testid={testId}>
          <p className="evidence-text" data-testid={`${testId}-text`}>
            {sayOr(e.message, e.text)}
          </p>
          <p className="evidence-rule">
            {t('clinical.explain.rule', { rule: e.rule, version: e.ruleVersion })}
            {e.level !== undefined && ` · ${t('clinical.explain.level', { level: e.level })}`}
          </p>
          {e.thresholds.length > 0 && (
            <div className="evidence-block">
              <h4>{t('clinical.explain.thresholds')}</h4>
              <ul className="evidence-thresholds">
                {e.thresholds.map((th) => (
                  <li key={th.key}>
                    <span className="evidence-threshold">{t('clinical.explain.threshold', { key: th.key, value: thresholdValue(th) })}</span>{' '}
                    <span className="evidence-source">{t('clinical.explain.source', { source: thresholdSource(th) })}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <EvidenceItems items={e.items} />
        </li>
      ))}
    </ul>
  );
}

function EvidenceItems({ items }: { items: Evidence['items'] }) {
  const { t } = useTranslation();
  const source = (s: string) => ((SOURCES as readonly string[]).includes(s) ? t(`clinical.explain.sources.${s as (typeof SOURCES)[number]}`) : s);
  if (items.length === 0) return <p className="evidence-none">{t('clinical.explain.noItems')}</p>;
  return (
    <div className="evidence-block">
      <h4>{t('clinical.explain.items')}</h4>
      <table className="evidence-items">
        <thead>
          <tr>
            <th scope="col">{t('clinical.explain.when')}</th>
            <th scope="col">{t('clinical.explain.relative')}</th>
            <th scope="col">{t('clinical.explain.from')}</th>
            <th scope="col">{t('clinical.explain.what')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={item.id ?? `${item.time}-${i}`} data-testid="evidence-item">
              <td>{formatDateTime(item.time)}</td>
              <td>{sayOr(item.atMessage, item.at)}</td>
              <td>{source(item.source)}</td>
              <td>{sayOr(item.summaryMessage, item.summary)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
