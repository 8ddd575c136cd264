/**
 * A fake Api for the renderer's state classes: it runs the core's own reducer on an attempt kept
 * in memory, so a state class meets the same rules as against the real main process, and each
 * call can be held back or made to fail to test what the screen shows meanwhile.
 */
import { reduceAttempt, startAttempt, toExamView, type Attempt, type Pack, type StartRequest } from '../../src/core/index.ts';
import { ApiCallError, type Api } from '../../src/shared/contract/client.ts';
import { makePack } from '../fixtures/packs.ts';

export interface FakeApi {
  api: Api;
  attempt: () => Attempt;
  /** Calls of `act` so far, in the order they arrived. */
  acts: unknown[];
  /** Holds every later `act` until `release()`. */
  hold: () => void;
  release: () => void;
  /** Makes the next `act` fail with this message. */
  failNext: (message: string) => void;
  /** Another window changes the attempt: the revision this screen saw is stale from now on. */
  changeElsewhere: (action: Parameters<typeof reduceAttempt>[1]) => void;
  clock: { now: number };
}

export function fakeApi(pack: Pack = makePack(), start = 1_800_000_000_000, request: StartRequest = { kind: 'full' }): FakeApi {
  const clock = { now: start };
  let attempt = startAttempt(pack, request, { id: 'fake', seed: 3, now: clock.now });
  const acts: unknown[] = [];
  let held: (() => void)[] | undefined;
  let failure: string | undefined;
  const gate = () => (held ? new Promise<void>((resolve) => held!.push(resolve)) : Promise.resolve());
  const api = {
    getAttempt: async () => toExamView(attempt, pack, clock.now),
    act: async ({ action, revision }: { action: Parameters<typeof reduceAttempt>[1]; revision?: number }) => {
      acts.push(action);
      await gate();
      if (failure) {
        const message = failure;
        failure = undefined;
        throw new Error(message);
      }
      if (revision !== undefined && revision !== attempt.revision)
        throw new ApiCallError('conflict', 'attempt fake was changed in another window or tab');
      attempt = reduceAttempt(attempt, action, clock.now);
      return toExamView(attempt, pack, clock.now);
    },
  } as unknown as Api;
  return {
    api,
    attempt: () => attempt,
    acts,
    hold: () => (held = []),
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const resolve of waiting) resolve();
    },
    failNext: (message) => (failure = message),
    changeElsewhere: (action) => (attempt = reduceAttempt(attempt, action, clock.now)),
    clock,
  };
}
