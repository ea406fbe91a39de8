// "Record vital signs…" (Live and Trends): opens the spot-vitals form in a dialog, focus in HR, the time at the station's now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../api/stationClient';
import { Modal } from '../../ui/Modal';
import { SpotVitalsForm } from './SpotVitalsForm';

interface Props {
  readonly client: StationClient;
  readonly now: () => number;
  readonly onSaved: () => void;
}

export function SpotVitalsButton({ client, now, onSaved }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-primary" data-testid="vitals-entry-open" onClick={() => setOpen(true)}>
        {t('manualVitals.open')}
      </button>
      {open && (
        <Modal title={t('manualVitals.title')} onClose={() => setOpen(false)} testId="vitals-entry-dialog" wide>
          <p className="field-hint">{t('manualVitals.hint')}</p>
          <SpotVitalsForm
            client={client}
            now={now}
            onSaved={() => {
              setOpen(false);
              onSaved();
            }}
            onCancel={() => setOpen(false)}
          />
        </Modal>
      )}
    </>
  );
}
