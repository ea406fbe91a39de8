// Words the station itself put into the record (its defaults, known drug names) in the window's language; anything
// staff typed is shown as typed.
import { drugName } from '../../../../shared/clinical/drugs';
import { RECORD_DEFAULTS } from '../../../../shared/episode/records';
import { i18n } from '../../i18n';
import { sayParam } from '../../i18n/said';

/** A stored default ("none known") in the window's language, any other text as it is. */
export function recordedText(text: string): string {
  const key = (Object.keys(RECORD_DEFAULTS) as (keyof typeof RECORD_DEFAULTS)[]).find((k) => RECORD_DEFAULTS[k] === text);
  return key === undefined ? text : i18n.t(`recordDefaults.${key}`);
}

/** A documented drug: a known generic name in the window's language, any other as documented. */
export function drugText(drug: string): string {
  return sayParam(drugName(drug));
}
