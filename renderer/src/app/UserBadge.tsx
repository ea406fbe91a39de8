import { useTranslation } from 'react-i18next';
import { roleLabel } from '../ui/format/labels';
import { useSession } from '../ui/session/SessionContext';

/** The signed-in person and Sign out, or Sign in. */
export function UserBadge() {
  const { t } = useTranslation();
  const { user, signOut, requestSignIn } = useSession();
  if (user === null) {
    return (
      <div className="user">
        <span className="user-none">{t('auth.notSignedIn')}</span>
        <button type="button" className="button" data-testid="sign-in" onClick={() => void requestSignIn()}>
          {t('auth.signIn')}
        </button>
      </div>
    );
  }
  return (
    <div className="user">
      <span className="user-name" data-testid="user-name" title={user.name}>
        {t('auth.signedInAs', { name: user.name, role: roleLabel(user.role) })}
      </span>
      <button type="button" className="button" data-testid="sign-out" onClick={() => void signOut()}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
