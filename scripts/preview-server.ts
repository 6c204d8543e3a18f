import { spawn } from 'node:child_process';

export interface PreviewServer {
  readonly url: string;
  readonly stop: () => void;
}

/** Serves the built app (`dist/`) on a loopback port and resolves once it answers. */
export async function startPreviewServer(port: number): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  const stop = () => {
    server.kill();
  };
  for (let attempt = 0; attempt < 100; attempt++) {
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
