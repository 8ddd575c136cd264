/**
 * The client half of the contract, free of schema code so the renderer bundle stays small:
 * envelopes, errors, and the typed Api built from any transport.
 */
import { CHANNEL_NAMES, type ChannelName } from './channels.ts';
import type { ErrorCode } from '../../core/errors.ts';
import type { RequestOf, ResponseOf } from './index.ts';

export type { ErrorCode };

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The typed API the renderer calls, whatever the transport. */
export type Api = { [K in ChannelName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Builds an Api from a function that sends one envelope-returning call. */
export function createApi(send: (channel: ChannelName, request: unknown) => Promise<Envelope<unknown>>): Api {
  return Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      async (request: unknown) => {
        const envelope = await send(channel, request);
        if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message);
        return envelope.value;
      },
    ]),
  ) as Api;
}
