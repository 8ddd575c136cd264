/** Checklist: "Use a custom protocol instead of file://". Serves dist/renderer under app://proctor/. */
import { protocol } from 'electron';
import { appFileResponse, APP_SCHEME } from '../../src/node/transport/app-files.ts';
import { rendererDir } from './paths.ts';
import { APP_ORIGIN } from './trust.ts';

export { APP_ORIGIN };

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function registerAppProtocol(): void {
  // Files are read directly rather than through net.fetch('file://…'): the session refuses every
  // request that is not app://, and the renderer never needs file:// at all.
  protocol.handle(APP_SCHEME, (request) => appFileResponse(request.url, rendererDir()));
}
