/** The core's public surface: pure TypeScript, no Electron, DOM or file I/O. */
export * from './attempt.ts';
export * from './lint.ts';
export * from './model.ts';
export * from './pack-parse.ts';
export * from './pack-schema.ts';
export * from './random.ts';
export * from './report.ts';
export * from './scoring.ts';
export * from './selection.ts';
export * from './stats.ts';
export * from './timer.ts';
export * from './views.ts';
export * from './fixed-exams.ts';
export * from './export.ts';
export * from './spaced-review.ts';
export * from './importers.ts';
