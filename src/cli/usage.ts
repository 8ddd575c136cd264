/** Usage text and the error that makes the CLI print it and exit with 2. */
import { ProctorError } from '../core/index.ts';

export const USAGE = `Usage:
  proctor start [--browser] [--no-open] [--data-dir D]  the desktop app, or the browser where Electron cannot run
  proctor serve [--port N] [--no-open] [--data-dir D]   run Proctor in your browser on 127.0.0.1
  proctor validate <pack-folder|exams-folder> [--strict] check exam packs; exit 1 on any error
  proctor report <pack-folder> [--json]                 counts by domain, task, topic, type
  proctor import <file> [--format aiken|markdown] [--id ID] [--title T] [--data-dir D] [--replace]
                                                        turn an Aiken or markdown-checklist bank into a pack`;

export class UsageError extends ProctorError {
  constructor(message: string) {
    super('invalid-request', message);
  }
}
