// Progress figures for `npm run bench`: the Progress channel at 10 and 10,000 stored attempts
// (the ledger keeps its cost flat), the ledger's rebuild, and the readiness model's calibration
// on simulated learners.
import type { Pack } from '../src/core/index.ts';
import { calibrate } from '../src/core/readiness/simulation.ts';
import { defaultPacksDirs, ProctorService } from '../src/node/service.ts';

const round = (n: number) => Math.round(n * 1000) / 1000;
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function openService(dataDir: string): Promise<ProctorService> {
  const service = new ProctorService({ dataDir, packsDirs: defaultPacksDirs(process.cwd(), dataDir), transport: 'http', version: 'bench' });
  await service.init();
  await service.startup.done;
  return service;
}

/** Median time of one getProgress call through dispatch, after the ledger is ready. */
async function progressMs(service: ProctorService, packId: string, samples = 40): Promise<number> {
  const times: number[] = [];
  for (let i = -10; i < samples; i++) {
    const t0 = performance.now();
    const answer = await service.dispatch('getProgress', { packId });
    if (i >= 0) times.push(performance.now() - t0); // the first ten warm the code up
    if (!answer.ok) throw new Error(`getProgress failed: ${answer.error.message}`);
  }
  return median(times);
}

export async function progressFigures(dirs: Record<number, string>, pack: Pack): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const count of [10, 10000]) {
    const dataDir = dirs[count]!;
    // First start: no ledger yet, so it is rebuilt from every attempt file.
    const first = await openService(dataDir);
    const t0 = performance.now();
    await first.ledgerReady;
    figures[`ledger_rebuild_ms_${count}`] = Math.round(performance.now() - t0);
    await first.close();
    // Next start: the ledger matches the attempts; checking that is all it does.
    const service = await openService(dataDir);
    await service.ledgerReady;
    const t1 = performance.now();
    if (await service.ledger.reconcile()) throw new Error('the ledger was rebuilt on a restart');
    figures[`ledger_check_ms_${count}`] = round(performance.now() - t1);
    figures[`progress_ms_${count}`] = round(await progressMs(service, pack.id));
    await service.close();
  }
  figures.progress_ratio_10000_vs_10 = round(figures.progress_ms_10000! / figures.progress_ms_10!);
  return figures;
}

export function readinessFigures(pack: Pack, learners = 3000): Record<string, number> {
  const exam = { questionCount: pack.exam.questionCount, passingScaledScore: pack.exam.passingScaledScore, domains: pack.domains };
  const report = calibrate(exam, learners, 1);
  const band = report.bins[7]!;
  return {
    readiness_learners: report.estimated,
    readiness_calibration_error: round(report.calibrationError),
    readiness_outcome_calibration_error: round(report.outcomeCalibrationError),
    readiness_brier: round(report.brier),
    readiness_70_80_given: band.learners,
    readiness_70_80_passed_percent: Math.round(band.passRate * 1000) / 10,
  };
}
