// A small menu for display preferences: language, temperature unit and day/night theme (remembered by this window).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n';
import { usePreferences } from '../ui/prefs/PreferencesContext';
import type { TempUnit } from '../ui/prefs/preferences';
import { ThemeChoice } from '../ui/theme/ThemeChoice';

export function SettingsMenu() {
  const { t } = useTranslation();
  const { language, tempUnit, update } = usePreferences();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (ref.current !== null && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="settings" ref={ref} onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button ref={buttonRef} type="button" className="button" aria-expanded={open} aria-controls={panelId} data-testid="settings-button" onClick={() => setOpen(!open)}>
        {t('settings.button')}
      </button>
      {open && (
        <div id={panelId} className="settings-panel" role="group" aria-label={t('settings.title')} data-testid="settings-menu">
          <fieldset className="choice-group">
            <legend>{t('settings.language')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l} className="choice" lang={l}>
                <input type="radio" name="vigil-language" value={l} checked={language === l} data-testid={`language-${l}`} onChange={() => update({ language: l })} />
                {LANGUAGE_NAMES[l]}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-group">
            <legend>{t('settings.temperature')}</legend>
            {(['C', 'F'] as const satisfies readonly TempUnit[]).map((u) => (
              <label key={u} className="choice">
                <input type="radio" name="vigil-temp-unit" value={u} checked={tempUnit === u} data-testid={`temp-${u}`} onChange={() => update({ tempUnit: u })} />
                {u === 'C' ? t('settings.celsius') : t('settings.fahrenheit')}
              </label>
            ))}
          </fieldset>
          <ThemeChoice />
          <button type="button" className="button" onClick={close}>
            {t('settings.close')}
          </button>
        </div>
      )}
    </div>
  );
}
