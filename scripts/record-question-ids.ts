// Records the question ids of every pack in tests/content/known-ids/<pack>.txt. The stable-ids
// test fails when a recorded id disappears (a rename breaks past attempts and reports) and when
// a new id is not recorded yet (so adding questions is a visible, deliberate step).
import { writeFileSync } from 'node:fs';
import { loadPacks } from '../src/node/packs/pack-files.ts';

const { packs, problems } = await loadPacks('exams');
if (problems.length) throw new Error(`fix the packs first: npx proctor validate exams`);
for (const pack of packs) {
  const path = `tests/content/known-ids/${pack.id}.txt`;
  writeFileSync(
    path,
    `${pack.questions
      .map((q) => q.id)
      .sort()
      .join('\n')}\n`,
  );
  console.log(`recorded ${pack.questions.length} ids in ${path}`);
}
