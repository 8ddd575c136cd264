/** `proctor` command line: one module per command under commands/. */
import { importBank } from './commands/import.ts';
import { report } from './commands/report.ts';
import { serve } from './commands/serve.ts';
import { start } from './commands/start.ts';
import { validate } from './commands/validate.ts';
import { USAGE, UsageError } from './usage.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { start, serve, validate, report, import: importBank };

function usage(problem?: string): number {
  if (problem) console.error(`proctor: ${problem}`);
  console.error(USAGE);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const run = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) return usage(command ? `unknown command "${command}"` : undefined);
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    console.error(`proctor: ${(error as Error).message}`);
    return (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1;
  }
}
