/**
 * The built main process's ipcMain handlers and the built preload: one handler per contract
 * channel, answering the app's own frame and refusing any other, and a preload exposing exactly
 * the contract's channels.
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../src/shared/contract/channels.ts';
import { loadPreload, startMain, type RunningMain } from './harness/load.ts';

let running: RunningMain;
let dataDir: string;

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'proctor-main-')), 'data');
  running = await startMain(dataDir);
});
afterAll(async () => {
  await running.quit();
  await rm(join(process.env.PROCTOR_DATA_DIR!, '..'), { recursive: true, force: true });
});

type Invoke = (event: unknown, payload?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
const handler = (channel: string) => running.fake.ipcHandlers.get(`${IPC_PREFIX}${channel}`) as unknown as Invoke;
const top = (url: string) => ({ senderFrame: { url, parent: null } });

describe('ipcMain', () => {
  it('handles each contract channel once, and nothing else', () => {
    expect([...running.fake.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `${IPC_PREFIX}${c}`).sort());
    expect(running.fake.callsOf('ipcMain.handle')).toHaveLength(CHANNEL_NAMES.length);
    expect(running.fake.callsOf('ipcMain.on')).toEqual([]);
  });

  it('answers the app’s own top-level frame on every channel', async () => {
    const info = await handler('getAppInfo')(top('app://proctor/index.html#/history'), {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });
    const packs = await handler('listPacks')(top('app://proctor/index.html'), {});
    expect(packs.ok).toBe(true);
    expect(JSON.stringify(packs.value)).toContain('dva-c02');
    // Every channel answers a trusted frame with an envelope, never a refusal (bad payloads are
    // the schemas' business: invalid-request, not forbidden).
    for (const channel of CHANNEL_NAMES) {
      const answer = await handler(channel)(top('app://proctor/index.html'), { nonsense: true });
      expect(answer.ok === true || answer.error?.code !== 'forbidden', channel).toBe(true);
    }
  });

  it('refuses every other sender on every channel before doing anything', async () => {
    const untrusted = [
      top('https://evil.example/'),
      top('file:///home/user/index.html'),
      top('app://proctor.evil/index.html'),
      { senderFrame: { url: 'app://proctor/index.html', parent: { url: 'app://proctor/index.html' } } },
      { senderFrame: null },
    ];
    for (const channel of CHANNEL_NAMES) {
      for (const event of untrusted) {
        const answer = await handler(channel)(event, {});
        expect(answer, `${channel} from ${JSON.stringify(event)}`).toEqual({
          ok: false,
          error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' },
        });
      }
    }
    // Nothing was started by the refused startAttempt calls.
    const list = await handler('listAttempts')(top('app://proctor/index.html'), {});
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('validates payloads at the boundary', async () => {
    const answer = await handler('startAttempt')(top('app://proctor/index.html'), { packId: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('the preload', () => {
  it('requires only electron and exposes exactly the contract’s channels as functions', () => {
    const { required } = loadPreload(running.fake);
    expect(required).toEqual(['electron']);
    expect(running.fake.callsOf('contextBridge.exposeInMainWorld')).toEqual([['proctor']]);
    const bridge = running.fake.exposed.get('proctor') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) expect(typeof bridge[channel], channel).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge || 'send' in bridge || 'on' in bridge).toBe(false);
  });

  it('calls the matching ipcMain handler through ipcRenderer.invoke, and only that one', async () => {
    running.fake.exposed.clear();
    loadPreload(running.fake);
    const bridge = running.fake.exposed.get('proctor') as Record<string, (request: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
    const before = running.fake.callsOf('ipcRenderer.invoke').length;
    // The fake renderer frame is the main window's page: app://proctor/index.html.
    const started = await bridge.startAttempt!({ packId: 'dva-c02', start: { kind: 'drill', count: 3 } });
    expect(started).toMatchObject({ ok: true, value: { summary: { questionCount: 3 } } });
    const invokes = running.fake.callsOf('ipcRenderer.invoke').slice(before);
    expect(invokes).toEqual([[`${IPC_PREFIX}startAttempt`, { packId: 'dva-c02', start: { kind: 'drill', count: 3 } }]]);
  });
});
