/**
 * Builds the command line into one JavaScript file that plain `node` runs (no tsx, no node_modules):
 * dist-cli/rancher-strategy-advisor.js, the package's `bin`. `npm pack` runs it first (prepack).
 * `npm run advise` needs none of this: it runs the TypeScript source through tsx.
 */
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = `${ROOT}dist-cli`;
export const CLI_FILE = `${CLI_OUT_DIR}/rancher-strategy-advisor.js`;

export async function buildCli(): Promise<string> {
  const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
  rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { __ADVISOR_VERSION__: JSON.stringify(version) },
    // Everything bundled: the installed package declares no dependencies.
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: 'src/cli/advise.ts',
      outDir: CLI_OUT_DIR,
      target: 'node20',
      minify: true,
      sourcemap: false,
      emptyOutDir: true,
      rollupOptions: {
        output: {
          entryFileNames: 'rancher-strategy-advisor.js',
          format: 'es',
          banner: '#!/usr/bin/env node',
          // One file: the YAML reader, loaded on demand elsewhere, is part of it.
          codeSplitting: false,
        },
      },
    },
  });
  chmodSync(CLI_FILE, 0o755);
  return CLI_FILE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildCli();
  // On standard error: npm pack --json reports on standard output.
  console.error(`built ${file.slice(ROOT.length)}`);
}
