// The screens of the window as tabs: every tab is reachable with Tab, arrows move between them, Enter or Space opens one.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS, screenLabel, type Screen } from './screens';


export const tabId = (screen: Screen): string => `tab-${screen}`;
export const panelId = (screen: Screen): string => `panel-${screen}`;

export function Tabs({ current, onChange }: { current: Screen; onChange: (screen: Screen) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<Screen, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = SCREENS[(index + step + SCREENS.length) % SCREENS.length]!;
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('nav.tabs')}>
      {SCREENS.map((screen, index) => (
        <button
          key={screen}
          ref={(el) => {
            refs.current[screen] = el;
          }}
          type="button"
          role="tab"
          id={tabId(screen)}
          aria-selected={screen === current}
          aria-controls={panelId(screen)}
          className={screen === current ? 'tab tab-active' : 'tab'}
          data-testid={tabId(screen)}
          onClick={() => onChange(screen)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {t(screenLabel(screen))}
        </button>
      ))}
    </div>
  );
}
