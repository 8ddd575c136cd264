/**
 * Checklist: "Use a custom protocol instead of file://". Serves dist/renderer under app://proctor/,
 * and the images of the packs under app://proctor/pack-images/ by the same rules as `proctor serve`.
 */
import { protocol } from 'electron';
import { appFileResponse, APP_SCHEME } from '../../src/node/transport/app-files.ts';
import type { PackRegistry } from '../../src/node/packs/pack-registry.ts';
import { rendererDir } from './paths.ts';
import { APP_ORIGIN } from './trust.ts';

export { APP_ORIGIN };

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** `packs` is read on each request: the service (and its packs) is ready only after the window's protocol. */
export function registerAppProtocol(packs: () => PackRegistry | undefined): void {
  // Files are read directly rather than through net.fetch('file://…'): the session refuses every
  // request that is not app://, and the renderer never needs file:// at all.
  protocol.handle(APP_SCHEME, async (request) => appFileResponse(request, rendererDir(), packs()));
}
