/**
 * Checklist: "Validate the sender of all IPC messages" and "validate IPC input". Every channel of
 * the contract is handled here by the same dispatch `proctor serve` uses; schemas run in dispatch.
 */
import { ipcMain } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../src/shared/contract/channels.ts';
import type { ProctorService } from '../../src/node/service.ts';
import { isTrustedSender } from './trust.ts';

export function registerIpc(service: ProctorService): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, payload: unknown) => {
      // Checked before any await, so a navigation cannot change the frame mid-call.
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' } };
      return service.dispatch(channel, payload);
    });
  }
}
