/**
 * `npm run serve`: the built app (dist/) on nginx with the production configuration (deploy/nginx.conf), in the
 * foreground, on PORT (default 8080) and HOST (default 127.0.0.1). Ctrl-C stops it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startNginx, waitUntilAnswering } from './nginx';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const DEFAULT_PORT = 8080;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number from 1 to 65535 (got "${process.env.PORT}")`);
  process.exit(2);
}
if (!existsSync(`${DIST}index.html`)) {
  console.error('dist/ holds no build: run npm run build first');
  process.exit(2);
}

let nginx: ReturnType<typeof startNginx>;
try {
  nginx = startNginx({ root: DIST, port, ...(process.env.HOST ? { host: process.env.HOST } : {}) }, 'inherit');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => nginx.stop());
nginx.process.on('exit', (code) => process.exit(code ?? 0));
await waitUntilAnswering(nginx);
console.log(`Serving dist/ with deploy/nginx.conf on ${nginx.url} (Ctrl-C stops it)`);
