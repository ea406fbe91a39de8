// The audit history of an entry (and of the version it corrected): who, when, what changed (before → after), why.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditView, EntryView } from '../../../../shared/api/methods/episode';
import { diffRecords } from './auditDiff';
import { formatDateTime } from '../../ui/format/time';
import { SignInCancelled } from '../../ui/session/SessionContext';
import { useEpisodeActions } from './EpisodeActions';
import { errorMessage } from '../../../../shared/errors';

const ACTIONS = ['create', 'replace', 'correct', 'sign_off'] as const;

export function HistoryList({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const [rows, setRows] = useState<readonly AuditView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const ids = entry.supersedes === null ? [entry.id] : [entry.supersedes, entry.id];
    Promise.all(ids.map((id) => actions.history(id))).then(
      (lists) => !cancelled && setRows(lists.flat().sort((a, b) => a.time - b.time || a.id - b.id)),
      (e: unknown) => !cancelled && setError(e instanceof SignInCancelled ? null : errorMessage(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [actions, entry.id, entry.supersedes]);

  if (error !== null) return <p className="form-error">{error}</p>;
  if (rows === null) return <p className="field-hint">{t('history.loading')}</p>;
  if (rows.length === 0) return <p className="field-hint">{t('history.empty')}</p>;
  return (
    <ol className="history" aria-label={t('history.title')} data-testid={`history-${entry.id}`}>
      {rows.map((row) => {
        const changes = row.before === null ? [] : diffRecords(row.before, row.after);
        const action = (ACTIONS as readonly string[]).includes(row.action) ? t(`history.actions.${row.action as (typeof ACTIONS)[number]}`) : t('history.actions.other', { action: row.action });
        return (
          <li key={row.id} className="history-row">
            <div>
              <strong>{action}</strong> · {t('history.by', { name: row.staffName ?? t('history.unknownPerson'), time: formatDateTime(row.time) })}
            </div>
            {row.reason !== null && <div>{t('history.reason', { reason: row.reason })}</div>}
            {row.before !== null &&
              (changes.length === 0 ? (
                <div className="field-hint">{t('history.noChange')}</div>
              ) : (
                <ul className="history-changes">
                  {changes.map((c) => (
                    <li key={c.path}>
                      <code>{c.path}</code>: {c.before ?? '—'} → {c.after ?? '—'}
                    </li>
                  ))}
                </ul>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
