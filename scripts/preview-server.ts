import { spawn } from 'node:child_process';

export interface PreviewServer {
  readonly url: string;
  readonly stop: () => void;
}

/** Serves the built app (`dist/`) on a loopback port and resolves once it answers. */
export async function startPreviewServer(port: number): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  // A server already answering there would pass the readiness check below and be measured instead of this build.
  const answering = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answering) throw new Error(`something already answers on ${url}: stop it, or pick another port`);
  // Its own process group: npx starts vite as a child, and stopping must end both, or the port stays taken and
  // the next run measures an old build.
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  // Up to 30 s: npx alone can take several seconds on a busy machine.
  for (let attempt = 0; attempt < 300; attempt++) {
    // Exited already: most likely the port is taken, and whatever answers there is not this build.
    if (server.exitCode !== null) throw new Error(`the preview server could not start on ${url} (port taken?)`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`the preview server did not answer on ${url}`);
}
