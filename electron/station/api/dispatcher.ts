// The one dispatcher every transport shares: validate input, check who may call, call the handler,
// and map errors to words a nurse can read.
import { z } from 'zod';
import { apiMethods, type ApiErrorBody, type ApiErrorDetails, type ApiMethod, type ApiResults } from '../../../shared/api/contract';
import { roleMayCall } from '../../../shared/api/access';
import type { StaffMember } from '../../../shared/api/methods/auth';
import type { WindowSession } from '../auth/sessions';
import { errorDetail } from '../../../shared/errors';

/** What a handler knows about the caller. */
export interface CallContext {
  readonly user: StaffMember | null;
  readonly session: WindowSession | null;
}

export type Handler<M extends ApiMethod> = (
  input: z.output<(typeof apiMethods)[M]['input']>,
  context: CallContext,
) => ApiResults[M] | Promise<ApiResults[M]>;

export type ApiHandlers = { [M in ApiMethod]: Handler<M> };

/** The handlers of one feature: one for each method of its map in shared/api/methods (e.g. typeof labMethods). */
export type HandlersFor<Methods> = { [M in keyof Methods & ApiMethod]: Handler<M> };

export type DispatchReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

/** An error a handler throws on purpose, with a message meant for the person at the bedside. */
export class StationError extends Error {
  constructor(
    readonly code: ApiErrorBody['code'],
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }
}

/** The answer to a call that failed for a reason the caller cannot fix; the cause goes to the log. */
export const INTERNAL_ERROR: ApiErrorBody = { code: 'internal', message: 'The station could not complete this request; it has been logged.' };

const ACCESS_WORDS = {
  staff: 'Sign in first.',
  clinical: 'Sign in as a nurse or physician to do this.',
  physician: 'Only a physician may do this.',
  admin: 'Only an administrator may do this.',
} as const;

/** A write failed because storage did (disk full, I/O error, read-only): the station shows it; the person is told. */
export const STORAGE_ERROR: ApiErrorBody = { code: 'internal', message: 'Not saved: the station cannot write to its storage (disk full or failing). Nothing of this request was kept.' };

/**
 * `storageFailed` is asked about every unexpected error: true when it was a storage failure (the station is now in
 * its storage-problem state), answered as such rather than as an internal error.
 */
export function createDispatcher(handlers: ApiHandlers, log: (message: string) => void = console.error, storageFailed?: (error: unknown, method: string) => boolean) {
  return async function dispatch(method: unknown, input: unknown, session: WindowSession | null = null): Promise<DispatchReply> {
    if (typeof method !== 'string' || !Object.hasOwn(apiMethods, method)) {
      // typeof, not String(): String() of a parsed object like {"toString":1} throws.
      return { ok: false, error: { code: 'unknown_method', message: `Unknown request "${typeof method === 'string' ? method : typeof method}".` } };
    }
    const name = method as ApiMethod;
    const { access, input: schema } = apiMethods[name];
    const user = session?.user ?? null;
    if (!roleMayCall(user?.role ?? null, access)) {
      return { ok: false, error: { code: 'forbidden', message: ACCESS_WORDS[access as keyof typeof ACCESS_WORDS] } };
    }
    // Only deliberate actions keep someone signed in: the live screen's own polling must not.
    if (access !== 'public') session?.touch();
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeZodError(parsed.error) } };
    try {
      const handler = handlers[name] as (i: unknown, c: CallContext) => unknown;
      return { ok: true, result: await handler(parsed.data, { user, session }) };
    } catch (error) {
      if (error instanceof StationError) return { ok: false, error: { code: error.code, message: error.message, ...error.details } };
      if (storageFailed?.(error, name)) return { ok: false, error: STORAGE_ERROR };
      log(`vigil: ${name} failed: ${errorDetail(error)}`);
      return { ok: false, error: INTERNAL_ERROR };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** "from: expected number" style: names the field so the person can fix it (under `prefix` when given). */
export function describeZodError(error: z.ZodError, prefix?: string): string {
  return error.issues
    .map((issue) => {
      const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
      return `${path.length > 0 ? path.join('.') : 'input'}: ${issue.message}`;
    })
    .join('; ');
}
