import { describe, expect, it } from 'vitest';
import { startAttempt, toExamView } from '../../src/core/index.ts';
import { responseSchemas } from '../../src/shared/contract/index.ts';
import { makePack } from '../fixtures/packs.ts';

describe('response schemas', () => {
  it('accept what the core produces and refuse an exam view that leaks the keys', () => {
    const pack = makePack();
    const view = toExamView(startAttempt(pack, { kind: 'full' }, { id: 'a', seed: 1, now: 0 }), pack, 0);
    expect(responseSchemas.getAttempt.safeParse(view).success).toBe(true);
    const leaky = structuredClone(view) as unknown as { questions: { options: Record<string, unknown>[] }[] };
    leaky.questions[0]!.options[0]!.correct = true;
    expect(responseSchemas.getAttempt.safeParse(leaky).success).toBe(false);
  });
});
