/**
 * The only exposeInMainWorld: one named function per channel of the contract. The renderer
 * never sees ipcRenderer, and cannot call a channel the contract does not list.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../src/shared/contract/channels.ts';

const bridge = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, request)]),
);

contextBridge.exposeInMainWorld('proctor', Object.freeze(bridge));
