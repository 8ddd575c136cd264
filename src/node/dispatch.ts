/**
 * One call through the contract: the channel must exist, the request must match its schema, the
 * handler's answer is checked against the response schema when asked (tests and test runs), and
 * every failure comes back as a typed error envelope, never as a throw.
 */
import { ProctorError } from '../core/index.ts';
import { CHANNEL_NAMES, contract, type ApiError, type ChannelName, type Envelope } from '../shared/contract/index.ts';
import type { HandlerTable } from './handlers/deps.ts';

export async function dispatchCall(
  handlers: HandlerTable<ChannelName>,
  channel: string,
  payload: unknown,
  checkResponses: boolean,
): Promise<Envelope<unknown>> {
  if (!(CHANNEL_NAMES as readonly string[]).includes(channel)) return failure('unknown-channel', `unknown channel "${channel}"`);
  const name = channel as ChannelName;
  const parsed = contract[name].request.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
    return failure('invalid-request', `invalid request for ${name}: ${details.join('; ')}`);
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (checkResponses) {
      const checked = contract[name].response.safeParse(value);
      if (!checked.success) {
        const issues = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
        return failure('internal', `${name} answered outside the contract: ${issues.join('; ')}`);
      }
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ProctorError && error.code !== 'internal') return failure(error.code, error.message);
    console.error(`[proctor] ${name} failed:`, error);
    return failure('internal', `${name} failed: ${(error as Error).message}`);
  }
}

function failure(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
