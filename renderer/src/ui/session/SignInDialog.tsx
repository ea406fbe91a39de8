// The PIN dialog: a name from the staff list, a PIN, Enter signs in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/api/methods/auth';
import { Modal } from '../Modal';
import { roleLabel } from '../format/labels';
import { errorMessage } from '../../../../shared/errors';
import type { SignInNotice } from './perform';

interface Props {
  readonly staff: readonly StaffMember[];
  readonly notice: SignInNotice;
  readonly onSignIn: (name: string, pin: string) => Promise<void>;
  readonly onCancel: () => void;
}

export function SignInDialog({ staff, notice, onSignIn, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name === '') return setError(t('form.fieldMessage', { field: t('auth.name'), message: t('form.errors.choose') }));
    if (!/^\d{4,8}$/.test(pin)) return setError(t('auth.pinFormat'));
    setBusy(true);
    setError(null);
    try {
      await onSignIn(name, pin);
    } catch (e) {
      setError(errorMessage(e));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('auth.dialogTitle')} onClose={onCancel} testId="signin-dialog">
      {notice === 'idle' && (
        <p className="notice" role="status" data-testid="signin-idle">
          {t('auth.signedOutIdle')}
        </p>
      )}
      {staff.length === 0 ? <p className="notice">{t('auth.noStaff')}</p> : <p className="field-hint">{t('auth.dialogHint')}</p>}
      <form className="signin-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="signin-name">{t('auth.name')}</label>
        <select id="signin-name" data-testid="signin-name" value={name} onChange={(e) => setName(e.target.value)} {...(name === '' ? { 'data-autofocus': true } : {})}>
          <option value="">{t('auth.chooseName')}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.name}>
              {s.name} ({roleLabel(s.role)})
            </option>
          ))}
        </select>
        <label htmlFor="signin-pin">{t('auth.pin')}</label>
        <input
          id="signin-pin"
          data-testid="signin-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        />
        {error !== null && (
          <p className="form-error" role="alert" data-testid="signin-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="signin-submit">
            {t('auth.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel} data-testid="signin-cancel">
            {t('auth.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
