// Form state shared by every form: the typed values, errors by field, and one submit path
// (convert → on error show them; else send → the station's errors next to the fields they name).
import { useCallback, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/contract';
import { errorMessage } from '../../../../shared/errors';
import { SignInCancelled } from '../session/SessionContext';
import { joinPath, stationErrors, type PathToField } from './issues';
import type { Converted, FieldErrors } from './result';
import { say } from '../../i18n/said';

export interface FormState<V> {
  readonly values: V;
  readonly errors: FieldErrors;
  readonly saving: boolean;
  set<K extends keyof V>(key: K, value: V[K]): void;
  update(change: (prev: V) => V): void;
  reset(values: V): void;
  /** Converts and sends; true when the station accepted it. */
  submit<T>(converted: Converted<T>, send: (value: T) => Promise<unknown>, options?: { prefix?: string | readonly string[] | null; toField?: PathToField }): Promise<boolean>;
}

export function useForm<V>(initial: V | (() => V)): FormState<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => setValues((prev) => ({ ...prev, [key]: value })), []);
  const update = useCallback((change: (prev: V) => V) => setValues(change), []);
  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
  }, []);

  const submit = useCallback(
    async <T>(converted: Converted<T>, send: (value: T) => Promise<unknown>, options: { prefix?: string | readonly string[] | null; toField?: PathToField } = {}) => {
      if (!converted.ok) {
        setErrors(converted.errors);
        return false;
      }
      setSaving(true);
      setErrors({});
      try {
        await send(converted.value);
        return true;
      } catch (error) {
        if (error instanceof SignInCancelled) return false;
        setErrors(error instanceof ApiCallError ? stationErrors(error.message, options.prefix ?? null, options.toField ?? joinPath, error.said && say(error.said)) : { '': { text: errorMessage(error) } });
        return false;
      } finally {
        setSaving(false);
      }
    },
    [],
  );

  return { values, errors, saving, set, update, reset, submit };
}
