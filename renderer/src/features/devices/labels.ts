// A device setting's name in the window's language; a setting this window has no words for keeps its key.
import { i18n } from '../../i18n';
import { devices as en } from '../../i18n/en/devices';

type KnownSetting = keyof typeof en.deviceSetup.form.settingNames;

export function settingLabel(key: string): string {
  return Object.hasOwn(en.deviceSetup.form.settingNames, key) ? i18n.t(`deviceSetup.form.settingNames.${key as KnownSetting}`) : key;
}
