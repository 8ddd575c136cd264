/**
 * Every channel of the contract, fed generated malformed payloads: each answer is a typed error
 * and nothing on disk changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, requestSchemas } from '../../src/shared/contract/index.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('IPC boundary', () => {
  it.each(CHANNEL_NAMES)(
    '%s rejects malformed payloads with a typed error and changes nothing',
    async (channel) => {
      const { service } = await makeService(await tempDir());
      const started = await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } });
      expect(started.ok).toBe(true);
      const before = await service.backups.signatures();
      const schema = requestSchemas[channel];
      const malformed = fc
        .anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          maxDepth: 3,
        })
        .filter((value) => !schema.safeParse(value).success);
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const result = await service.dispatch(channel, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('invalid-request');
            expect(result.error.message).toMatch(new RegExp(`^invalid request for ${channel}: `));
          }
        }),
        { numRuns: 150 },
      );
      expect(await service.backups.signatures()).toEqual(before);
    },
    60_000,
  );

  it('answers unknown channels, including prototype names, with a typed error', async () => {
    const { service } = await makeService(await tempDir());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dispatch')),
        async (name) => {
          fc.pre(!(CHANNEL_NAMES as readonly string[]).includes(name));
          const result = await service.dispatch(name, {});
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('well-formed requests about things that do not exist change nothing either', async () => {
    const { service } = await makeService(await tempDir());
    const before = await service.backups.signatures();
    const id = fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/);
    await fc.assert(
      fc.asyncProperty(id, id, async (attemptId, questionId) => {
        for (const result of [
          await service.dispatch('getAttempt', { attemptId }),
          await service.dispatch('act', { attemptId, action: { type: 'answer', questionId, optionIds: ['a'] } }),
          await service.dispatch('getAttemptReview', { attemptId }),
          await service.dispatch('startAttempt', { packId: `${attemptId}-missing`, start: { kind: 'full' } }),
        ])
          expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
    expect(await service.backups.signatures()).toEqual(before);
  });
});
