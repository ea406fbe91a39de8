// The window's display preferences as React state: changing the language switches i18next and is remembered.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { i18n } from '../../i18n';
import { loadPreferences, savePreferences, type Preferences } from './preferences';

interface PreferencesValue extends Preferences {
  update(change: Partial<Preferences>): void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

function storage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** Applies the language before the first render, so nothing flashes in the wrong language. */
export function initialPreferences(): Preferences {
  const preferences = loadPreferences(storage());
  void i18n.changeLanguage(preferences.language);
  document.documentElement.lang = preferences.language;
  document.documentElement.dataset.theme = preferences.theme;
  return preferences;
}

export function PreferencesProvider({ initial, children }: { initial: Preferences; children: ReactNode }) {
  const [preferences, setPreferences] = useState(initial);
  const update = useCallback((change: Partial<Preferences>) => setPreferences((prev) => ({ ...prev, ...change })), []);
  useEffect(() => {
    savePreferences(storage(), preferences);
    if (i18n.language !== preferences.language) void i18n.changeLanguage(preferences.language);
    document.documentElement.lang = preferences.language;
    document.documentElement.dataset.theme = preferences.theme;
  }, [preferences]);
  const value = useMemo(() => ({ ...preferences, update }), [preferences, update]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (value === null) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
