/** `proctor` command line: serve, validate, report. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatPackError, lintPack, packReport } from '../core/index.ts';
import { startHttpTransport } from '../node/http-transport.ts';
import { importBank, UsageError } from './import.ts';
import { loadPackFolder, loadPacks } from '../node/pack-files.ts';
import { appRoot, defaultDataDir } from '../node/paths.ts';
import { defaultPacksDirs, ProctorService } from '../node/service.ts';

const USAGE = `Usage:
  proctor serve [--port N] [--no-open] [--data-dir D]   run Proctor in your browser on 127.0.0.1
  proctor validate <pack-folder|exams-folder> [--strict] check exam packs; exit 1 on any error
  proctor report <pack-folder> [--json]                 counts by domain, task, topic, type
  proctor import <file> [--format aiken|markdown] [--id ID] [--title T] [--data-dir D] [--replace]
                                                        turn an Aiken or markdown-checklist bank into a pack`;

function version(): string {
  try {
    return JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

async function packsAt(path: string) {
  const single = await loadPackFolder(resolve(path));
  if (single.pack || !single.errors[0]?.message.startsWith('missing pack.yaml')) return [{ folder: path, ...single }];
  const many = await loadPacks(resolve(path));
  return [
    ...many.packs.map((pack) => ({ folder: pack.id, pack, errors: [] })),
    ...many.problems.map((p) => ({ folder: p.folder, pack: undefined, errors: p.errors })),
  ];
}

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { strict: { type: 'boolean', default: false } } });
  if (positionals.length === 0) return usage('validate needs a path');
  let failed = false;
  for (const path of positionals) {
    const results = await packsAt(path);
    if (results.length === 0) {
      console.error(`${path}: no exam pack found (a pack folder holds pack.yaml and questions/)`);
      failed = true;
    }
    for (const result of results) {
      for (const error of result.errors) console.error(formatPackError(error));
      if (!result.pack) {
        console.error(`✗ ${result.folder}: ${result.errors.length} error(s)`);
        failed = true;
        continue;
      }
      const findings = values.strict ? lintPack(result.pack, { minQuestionsPerTask: 1 }) : [];
      for (const f of findings)
        console.error(`${f.file ? `${f.file}:${f.line} ` : ''}${f.questionId ? `${f.questionId}: ` : ''}[${f.rule}] ${f.message}`);
      if (findings.length) failed = true;
      console.log(
        `${findings.length ? '✗' : '✓'} ${result.pack.id}: ${result.pack.questions.length} questions${values.strict ? `, ${findings.length} content finding(s)` : ''}`,
      );
    }
  }
  return failed ? 1 : 0;
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) return usage('report needs one pack folder');
  const { pack, errors } = await loadPackFolder(resolve(positionals[0]!));
  if (!pack) {
    for (const error of errors) console.error(formatPackError(error));
    return 1;
  }
  const figures = packReport(pack);
  if (values.json) {
    console.log(JSON.stringify(figures, null, 2));
    return 0;
  }
  console.log(`${figures.title} (${figures.id}): ${figures.total} questions`);
  console.log(
    `by domain: ${Object.entries(figures.byDomain)
      .map(([d, n]) => `D${d} ${n} (${figures.byDomainPercent[d]}%)`)
      .join(', ')}`,
  );
  console.log(
    `by task:   ${Object.entries(figures.byTask)
      .map(([t, n]) => `${t}: ${n}`)
      .join(', ')}`,
  );
  console.log(
    `by type:   single ${figures.byType.single}, multiple ${figures.byType.multiple}; calculation ${figures.calculation}; seed-correction ${figures.seedCorrection}`,
  );
  for (const exam of figures.fixedExams)
    console.log(
      `${exam.title}: ${exam.questionIds.length} questions, ${Object.entries(exam.byDomain)
        .map(([d, n]) => `D${d} ${n}`)
        .join(', ')}`,
    );
  return 0;
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string', default: '0' }, 'no-open': { type: 'boolean', default: false }, 'data-dir': { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(`--port must be 0-65535, got "${values.port}"`);
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  const root = appRoot();
  let clockOffset = 0;
  const testRun = process.env.PROCTOR_TEST_HOOKS === '1';
  const service = new ProctorService({
    dataDir,
    packsDirs: defaultPacksDirs(root, dataDir),
    transport: 'http',
    version: version(),
    now: () => Date.now() + clockOffset,
    checkResponses: testRun,
  });
  await service.init();
  service.startBackupTimer();
  const testHooks = testRun ? { advanceClock: (ms: number) => void (clockOffset += ms) } : undefined;
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error(`the app is not built (${staticDir} is missing). Run \`npm run build\`.`);
  let running;
  try {
    running = await startHttpTransport({ service, staticDir, port, ...(testHooks ? { testHooks } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(`port ${port} on 127.0.0.1 is already in use. Choose another with --port N, or --port 0 for any free port.`);
    throw error;
  }
  console.log(`Proctor is running at ${running.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Press Ctrl-C to stop.');
  if (!values['no-open'] && process.env.CI !== 'true') openInBrowser(running.url);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('\nStopping Proctor…');
      service.stop();
      // Let a backup in progress finish: an interrupted one would only be discarded.
      void Promise.all([running.close(), service.startupBackup, service.reviewReady]).then(() => done());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

function openInBrowser(url: string): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser; open the URL above yourself.'));
  child.unref();
}

function usage(problem?: string): number {
  if (problem) console.error(`proctor: ${problem}`);
  console.error(USAGE);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'serve') return await serve(rest);
    if (command === 'validate') return await validate(rest);
    if (command === 'report') return await report(rest);
    if (command === 'import') return await importBank(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return 0;
    }
    return usage(command ? `unknown command "${command}"` : undefined);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    console.error(`proctor: ${(error as Error).message}`);
    return (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1;
  }
}
