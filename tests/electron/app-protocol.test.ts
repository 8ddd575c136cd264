/**
 * Electron's app:// handler, with Electron itself replaced by a stand-in: the pack images answer
 * by the same rules as `proctor serve` (readPackImage), and nothing else of the pack is served.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PackRegistry } from '../../src/node/packs/pack-registry.ts';
import { HOSTILE_SVG, PNG_4X3 } from '../fixtures/images.ts';
import { writePackFolder } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const electron = vi.hoisted(() => ({
  handler: undefined as undefined | ((request: Request) => Promise<Response>),
  appPath: '/nowhere',
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: () => {},
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (electron.handler = handler),
  },
  app: { getAppPath: () => electron.appPath, isPackaged: false },
}));

const { registerAppProtocol } = await import('../../electron/main/app-protocol.ts');
const tempDir = useTempDirs();

describe('app:// pack images', () => {
  it('serves a pack image, and refuses SVG, traversal, other files and a service not ready yet', async () => {
    const dir = await tempDir();
    const folder = await writePackFolder(join(dir, 'exams'));
    await mkdir(join(folder, 'images'));
    await writeFile(join(folder, 'images', 'diagram.png'), PNG_4X3);
    await writeFile(join(folder, 'images', 'evil.svg'), HOSTILE_SVG);
    const packs = new PackRegistry([join(dir, 'exams')]);
    await packs.reload();
    const service: { packs?: PackRegistry } = {};
    registerAppProtocol(() => service.packs);
    const get = (path: string, method = 'GET') => electron.handler!(new Request(`app://proctor${path}`, { method }));

    expect((await get('/pack-images/test-pack/diagram.png')).status).toBe(404);
    service.packs = packs;
    const ok = await get('/pack-images/test-pack/diagram.png');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG_4X3)).toBe(true);
    for (const path of [
      '/pack-images/test-pack/evil.svg',
      '/pack-images/test-pack/..%2fpack.yaml',
      '/pack-images/test-pack/%2e%2e%2fquestions%2fall.yaml',
      '/pack-images/other/diagram.png',
    ])
      expect((await get(path)).status, path).toBe(404);
    expect((await get('/pack-images/test-pack/diagram.png', 'POST')).status).toBe(404);
  });
});
