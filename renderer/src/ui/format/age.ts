// The age of a value as a nurse reads it: "12 s ago", "3 min ago".
import { i18n } from '../../i18n';

/** ageMs is station-now minus the value's time; a small negative age (clock jitter) reads as 0 s. */
export function formatAge(ageMs: number): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < 60) return i18n.t('numerics.ageSeconds', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return i18n.t('numerics.ageMinutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return i18n.t('numerics.ageHours', { n: hours });
  return i18n.t('numerics.ageDays', { n: Math.floor(hours / 24) });
}
