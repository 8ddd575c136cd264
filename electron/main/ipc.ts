/**
 * Checklist: "Validate the sender of all IPC messages" and "validate IPC input". Every channel of
 * the contract is handled here by the same dispatch `proctor serve` uses; schemas run in dispatch.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../src/shared/channels.ts';
import type { ProctorService } from '../../src/node/service.ts';
import { APP_ORIGIN } from './app-protocol.ts';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function registerIpc(service: ProctorService): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, payload: unknown) => {
      // Checked before any await, so a navigation cannot change the frame mid-call.
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' } };
      return service.dispatch(channel, payload);
    });
  }
}
