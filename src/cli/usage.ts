/** Usage text and the error that makes the CLI print it and exit with 2. */
import { ProctorError } from '../core/index.ts';

export const USAGE = `Usage: proctor <command> [options]   (proctor <command> --help for its options)

Commands:
  start      the desktop app, or Proctor in your browser where Electron cannot run
  serve      run Proctor in your browser on 127.0.0.1
  validate   check exam packs; exit 1 on any error
  report     counts of a pack by domain, task, topic and type
  import     turn an Aiken, GIFT, Moodle XML or markdown-checklist bank into a pack
  export     write a pack as Aiken, GIFT, markdown or Moodle XML
  attempts   export your attempts as CSV or JSON
  backup     write all your data (attempts, schedule, reports, imported packs) to one file
  restore    replace your data with a backup file's, after backing up the current data`;

export class UsageError extends ProctorError {
  constructor(message: string) {
    super('invalid-request', message);
  }
}
