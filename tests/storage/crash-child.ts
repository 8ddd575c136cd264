/**
 * Saves answers as fast as it can and reports each one only after its save resolved. The crash
 * test kills this process at random moments and checks nothing reported was lost.
 */
import { reduceAttempt, startAttempt, type Attempt } from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { makePack } from '../fixtures/packs.ts';

const dataDir = process.argv[2]!;
const pack = makePack();
const store = new AttemptStore(dataDir, new NoticeLog());
await store.init();
process.stdout.write('ready\n');

let attempt: Attempt | undefined;
const open = store.list().find((s) => s.status === 'in-progress');
if (open) attempt = await store.load(open.id);
for (;;) {
  if (!attempt || attempt.status !== 'in-progress') {
    attempt = startAttempt(
      pack,
      { kind: 'full' },
      { id: `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`, seed: 1, now: Date.now() },
    );
    await store.save(attempt);
  }
  const next = attempt.items.find((item) => !attempt!.answers[item.questionId]);
  if (!next) {
    attempt = reduceAttempt(attempt, { type: 'submit' }, Date.now());
    await store.save(attempt);
    continue;
  }
  const option = next.optionIds[Math.floor(Math.random() * next.optionIds.length)]!;
  attempt = reduceAttempt(attempt, { type: 'answer', questionId: next.questionId, optionIds: [option] }, Date.now());
  await store.save(attempt);
  process.stdout.write(`saved ${attempt.id} ${next.questionId} ${option}\n`);
}
