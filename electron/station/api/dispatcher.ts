// The one dispatcher every transport shares: validate input, call the handler, map errors to words.
import { z } from 'zod';
import {
  apiMethods,
  type ApiErrorBody,
  type ApiMethod,
  type ApiResults,
} from '../../../shared/api/contract';

export type ApiHandlers = { [M in ApiMethod]: (input: z.output<(typeof apiMethods)[M]['input']>) => ApiResults[M] | Promise<ApiResults[M]> };

export type DispatchReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

/** An error a handler throws on purpose, with a message meant for the person at the bedside. */
export class StationError extends Error {
  constructor(
    readonly code: ApiErrorBody['code'],
    message: string,
  ) {
    super(message);
  }
}

export function createDispatcher(handlers: ApiHandlers, log: (message: string) => void = console.error) {
  return async function dispatch(method: unknown, input: unknown): Promise<DispatchReply> {
    if (typeof method !== 'string' || !Object.hasOwn(apiMethods, method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown request "${String(method)}".` } };
    }
    const name = method as ApiMethod;
    const parsed = apiMethods[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeZodError(parsed.error) } };
    try {
      const handler = handlers[name] as (i: unknown) => unknown;
      return { ok: true, result: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof StationError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`vigil: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: { code: 'internal', message: 'The station could not complete this request; it has been logged.' } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** "from: expected number" style: names the field so the person can fix it. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}
