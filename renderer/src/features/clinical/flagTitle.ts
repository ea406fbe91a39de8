// A flag's title in the window's language; a code this window has no words for is shown as it is.
import { i18n } from '../../i18n';
import { clinical as en } from '../../i18n/en/clinical';

type KnownCode = keyof typeof en.clinical.flagCodes;

export function flagTitle(code: string): string {
  return Object.hasOwn(en.clinical.flagCodes, code) ? i18n.t(`clinical.flagCodes.${code as KnownCode}`) : code;
}
