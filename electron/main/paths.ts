import { app } from 'electron';
import { join } from 'node:path';

/** Packed apps keep exams/ beside the asar (extraResources); a dev checkout keeps it at the root. */
export function packsRoot(): string {
  return app.isPackaged ? process.resourcesPath : app.getAppPath();
}

export function rendererDir(): string {
  return join(app.getAppPath(), 'dist', 'renderer');
}
