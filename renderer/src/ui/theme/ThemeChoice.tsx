// Day or night colours, in the settings menu; remembered with the other display preferences.
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/PreferencesContext';
import type { Theme } from '../prefs/preferences';
import './night.css';

const THEMES: readonly Theme[] = ['day', 'night'];

export function ThemeChoice() {
  const { t } = useTranslation();
  const { theme, update } = usePreferences();
  return (
    <fieldset className="choice-group">
      <legend>{t('themes.legend')}</legend>
      {THEMES.map((value) => (
        <label key={value} className="choice">
          <input type="radio" name="vigil-theme" value={value} checked={theme === value} data-testid={`theme-${value}`} onChange={() => update({ theme: value })} />
          {t(`themes.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}
