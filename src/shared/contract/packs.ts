/** The exam packs found on disk, and the ones that could not be loaded with their errors. */
import { z } from 'zod';
import { listedPackSchema } from './imports.ts';
import { emptyRequest, type ChannelDefinition } from './define.ts';

export const packProblemSchema = z.object({ folder: z.string(), errors: z.array(z.string()) });
export type PackProblem = z.infer<typeof packProblemSchema>;
export type { PackSummary } from '../../core/index.ts';

export const packChannels = {
  listPacks: { request: emptyRequest, response: z.object({ packs: z.array(listedPackSchema), problems: z.array(packProblemSchema) }) },
} satisfies Record<string, ChannelDefinition>;
