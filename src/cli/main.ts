/** `proctor` command line: one module per command under commands/, each with its own help. */
import { attempts, ATTEMPTS_HELP } from './commands/attempts.ts';
import { backup, BACKUP_HELP, restore, RESTORE_HELP } from './commands/backup.ts';
import { EXPORT_HELP, exportCommand } from './commands/export.ts';
import { importBank, IMPORT_HELP } from './commands/import.ts';
import { report } from './commands/report.ts';
import { serve } from './commands/serve.ts';
import { start } from './commands/start.ts';
import { validate } from './commands/validate.ts';
import { USAGE, UsageError } from './usage.ts';

interface Command {
  run: (args: string[]) => Promise<number>;
  help: string;
}

const COMMANDS: Record<string, Command> = {
  start: {
    run: start,
    help:
      'Usage: proctor start [--browser] [--no-open] [--data-dir D]\n\n' +
      'Opens the desktop app; where Electron cannot run, says why and opens Proctor in your browser instead.',
  },
  serve: {
    run: serve,
    help: 'Usage: proctor serve [--port N] [--no-open] [--data-dir D]\n\nRuns Proctor in your browser on 127.0.0.1 with a per-run token.',
  },
  validate: {
    run: validate,
    help:
      'Usage: proctor validate <pack-folder|exams-folder>... [--strict]\n\n' +
      'Checks exam packs (--strict adds the content lint); exit 1 on any error.',
  },
  report: { run: report, help: 'Usage: proctor report <pack-folder> [--json]\n\nCounts of a pack by domain, task, topic and type.' },
  import: { run: importBank, help: IMPORT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  attempts: { run: attempts, help: ATTEMPTS_HELP },
  backup: { run: backup, help: BACKUP_HELP },
  restore: { run: restore, help: RESTORE_HELP },
};

const USAGE_ERRORS = ['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'];

function usage(problem: string | undefined, text = USAGE): number {
  if (problem) console.error(`proctor: ${problem}`);
  console.error(text);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    console.log(topic?.help ?? USAGE);
    return 0;
  }
  const found = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!found) return usage(command ? `unknown command "${command}"` : undefined);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(found.help);
    return 0;
  }
  try {
    return await found.run(rest);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message, found.help);
    const code = (error as { code?: string }).code;
    if (code && USAGE_ERRORS.includes(code)) return usage((error as Error).message, found.help);
    console.error(`proctor: ${(error as Error).message}`);
    return 1;
  }
}
