// The privileged app:// scheme that serves the built renderer: app://workbench/<path> -> out/renderer/<path>.
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const APP_ORIGIN = 'app://workbench';

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Resolves a request path inside rendererDir; anything that escapes it is refused. */
export function resolveAppPath(rendererDir: string, pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  const full = normalize(join(rendererDir, relative));
  return full.startsWith(normalize(rendererDir) + sep) ? full : undefined;
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', (request) => {
    const path = resolveAppPath(rendererDir, new URL(request.url).pathname);
    if (!path) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
