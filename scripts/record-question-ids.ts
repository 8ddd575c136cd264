// Records the question ids of every pack in tests/content/known-ids/<pack>.txt. The list only
// grows: an id once recorded stays (past attempts and reports name it), and one that left the
// pack must be listed in <pack>.retired.txt with the id that replaced it. The stable-ids test
// fails when a recorded id disappears unlisted and when a new id is not recorded yet (so adding
// questions is a visible, deliberate step).
import { writeFileSync } from 'node:fs';
import { loadPacks } from '../src/node/packs/pack-files.ts';
import { knownIdsFile, readKnownIds, retiredIdsFile } from '../tests/content/known-ids.ts';

const { packs, problems } = await loadPacks('exams');
if (problems.length) throw new Error(`fix the packs first: npx proctor validate exams`);
for (const pack of packs) {
  const { recorded, retired } = readKnownIds(pack.id);
  const current = pack.questions.map((q) => q.id);
  const back = current.filter((id) => retired.has(id));
  if (back.length) throw new Error(`${pack.id}: retired ids reused for new questions (${back.join(', ')}); give them new ids`);
  const missing = recorded.filter((id) => !current.includes(id) && !retired.has(id));
  if (missing.length) throw new Error(`${pack.id}: ids left the pack (${missing.join(', ')}); list them in ${retiredIdsFile(pack.id)}`);
  const ids = [...new Set([...recorded, ...current])].sort();
  writeFileSync(knownIdsFile(pack.id), `${ids.join('\n')}\n`);
  console.log(`recorded ${ids.length} ids in ${knownIdsFile(pack.id)} (${current.length} in the pack, ${retired.size} retired)`);
}
