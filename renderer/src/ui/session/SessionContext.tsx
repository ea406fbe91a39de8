// Who is signed in at this window. Actions that need a person go through perform(): it asks for a sign-in first
// when nobody is signed in, and when the station refuses (it signs people out after inactivity) it asks who is
// signed in; if nobody is any more, it shows the sign-in dialog and tries the action once more.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StaffMember } from '../../../../shared/api/methods/auth';
import type { LinkState, StationClient } from '../../api/stationClient';
import { performAs, SignInCancelled, type SignInNotice } from './perform';
import { SignInDialog } from './SignInDialog';

export { SignInCancelled, type SignInNotice };

export interface SessionValue {
  readonly user: StaffMember | null;
  readonly staff: readonly StaffMember[];
  requestSignIn(notice?: SignInNotice): Promise<StaffMember | null>;
  signOut(): Promise<void>;
  /** Runs the action as a signed-in person (asking for a sign-in first when needed); the action gets that person. */
  perform<T>(action: (user: StaffMember) => Promise<T>): Promise<T>;
}

const SessionContext = createContext<SessionValue | null>(null);

interface DialogState {
  readonly notice: SignInNotice;
  readonly resolvers: ((member: StaffMember | null) => void)[];
}

export function SessionProvider({ client, link, children }: { client: StationClient; link: LinkState; children: ReactNode }) {
  const [user, setUser] = useState<StaffMember | null>(null);
  const [staff, setStaff] = useState<readonly StaffMember[]>([]);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  // Read by perform() between renders: updated together with the state.
  const userRef = useRef<StaffMember | null>(null);
  const changeUser = useCallback((member: StaffMember | null) => {
    userRef.current = member;
    setUser(member);
  }, []);

  // A new link is a new session on the station: ask who is signed in (nobody, after a reconnect) and who may sign in.
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('auth.whoami', {}).then((who) => !cancelled && changeUser(who), () => {});
    client.call('staff.list', {}).then((list) => !cancelled && setStaff(list), () => {});
    return () => {
      cancelled = true;
    };
  }, [client, link, changeUser]);

  const requestSignIn = useCallback((notice: SignInNotice = null) => {
    return new Promise<StaffMember | null>((resolve) => {
      setDialog((prev) => ({ notice: prev?.notice ?? notice, resolvers: [...(prev?.resolvers ?? []), resolve] }));
    });
  }, []);

  const close = useCallback((member: StaffMember | null) => {
    setDialog((prev) => {
      for (const resolve of prev?.resolvers ?? []) resolve(member);
      return null;
    });
  }, []);

  const signIn = useCallback(
    async (name: string, pin: string) => {
      const member = await client.call('auth.signIn', { name, pin });
      changeUser(member);
      close(member);
    },
    [client, close, changeUser],
  );

  const signOut = useCallback(async () => {
    changeUser(null);
    await client.call('auth.signOut', {}).catch(() => {});
  }, [client, changeUser]);

  const perform = useCallback(
    <T,>(action: (user: StaffMember) => Promise<T>): Promise<T> =>
      performAs({ current: () => userRef.current, requestSignIn, whoami: () => client.call('auth.whoami', {}), setUser: changeUser }, action),
    [client, requestSignIn, changeUser],
  );

  const value = useMemo(() => ({ user, staff, requestSignIn, signOut, perform }), [user, staff, requestSignIn, signOut, perform]);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {dialog !== null && <SignInDialog staff={staff} notice={dialog.notice} onSignIn={signIn} onCancel={() => close(null)} />}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
