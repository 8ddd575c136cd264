/**
 * Pure checks the main process applies before acting: which IPC senders and which external
 * links to trust. No runtime import of electron, so they are unit-tested under Node.
 */
import type { IpcMainInvokeEvent } from 'electron';

export const APP_ORIGIN = 'app://proctor';

type SenderEvent = { senderFrame: Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url' | 'parent'> | null };

/** Node's URL gives non-special schemes the origin "null", so compare scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'proctor' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Only the app's own top-level frame may call IPC: not an iframe, not a navigated-away page. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Links open outside the app only when they are plain https URLs. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}
