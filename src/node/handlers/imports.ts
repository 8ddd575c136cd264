/** Importing a bank in the app (preview, then import), and renaming or deleting imported packs. */
import {
  ENCODING_NAMES,
  FORMAT_NAMES,
  InvalidRequestError,
  noQuestionMessage,
  summarizePack,
  topicCounts,
  topicOf,
  type Pack,
} from '../../core/index.ts';
import type { ListedPack, ParsedRequestOf } from '../../shared/contract/index.ts';
import { bankName, prepareImport, type ImportSource } from '../import/bank-import.ts';
import type { PackRegistry } from '../packs/pack-registry.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function listed(packs: PackRegistry, pack: Pack): ListedPack {
  return { ...summarizePack(pack), imported: packs.isImported(pack.id) };
}

function sourceOf(request: ParsedRequestOf<'previewImport'>): ImportSource {
  return {
    name: request.fileName,
    bytes: Buffer.from(request.data, 'base64'),
    ...(request.format ? { format: request.format } : {}),
    uploads: new Map((request.images ?? []).map((image) => [image.fileName, Buffer.from(image.data, 'base64')])),
  };
}

export function importHandlers({
  packs,
  imported,
}: HandlerDeps): HandlerTable<'previewImport' | 'importBank' | 'renamePack' | 'deletePack'> {
  const blueprints = () => packs.list().filter((p) => !packs.isImported(p.id));
  return {
    previewImport: async (request) => {
      const title = `Imported: ${bankName(request.fileName)}`;
      const { result, planned } = await prepareImport(sourceOf(request), { id: imported.freeId(title), title, blueprint: blueprints()[0] });
      const kept = new Set(planned.lines);
      const byLine = new Map(planned.lines.map((line, i) => [line, planned.questions[i]!]));
      return {
        fileName: request.fileName,
        format: result.format,
        formatName: FORMAT_NAMES[result.format],
        encoding: result.encoding,
        encodingName: ENCODING_NAMES[result.encoding],
        questionCount: planned.questions.length,
        questions: result.questions
          .filter((q) => kept.has(q.line))
          .slice(0, 200)
          .map((q) => {
            const planned = byLine.get(q.line)!;
            return {
              line: q.line,
              topic: topicOf(q),
              stem: planned.stem,
              type: planned.type,
              options: planned.options.map((o) => ({ text: o.text, correct: o.correct })),
            };
          }),
        problemCount: planned.problems.length,
        problems: planned.problems.slice(0, 1000),
        notes: result.notes,
        topics: topicCounts(result.questions.filter((q) => kept.has(q.line))),
        blueprints: blueprints().map((p) => ({
          packId: p.id,
          title: p.title,
          domains: p.domains.map((d) => ({ number: d.number, title: d.title })),
        })),
        suggestedTitle: title,
      };
    },
    importBank: async (request) => {
      const blueprint = request.blueprintPackId ? packs.get(request.blueprintPackId) : blueprints()[0];
      if (blueprint && packs.isImported(blueprint.id)) throw new InvalidRequestError('the domains come from a built-in pack');
      const id = imported.freeId(request.title);
      const { result, planned, images } = await prepareImport(sourceOf(request), {
        id,
        title: request.title,
        blueprint,
        mapping: request.mapping,
      });
      if (planned.questions.length === 0) throw new InvalidRequestError(noQuestionMessage(result));
      const { backup } = await imported.install({ manifest: planned.manifest, questions: planned.questions, images });
      return {
        pack: listed(packs, packs.get(id)),
        imported: planned.questions.length,
        skipped: planned.problems.length,
        problems: planned.problems.slice(0, 1000),
        ...(backup ? { backup } : {}),
      };
    },
    renamePack: async ({ packId, title }) => {
      await imported.rename(packId, title);
      return { pack: listed(packs, packs.get(packId)) };
    },
    deletePack: async ({ packId }) => {
      const { backup } = await imported.remove(packId);
      return { packId, ...(backup ? { backup } : {}) };
    },
  };
}
