// What the command-line tests share: one in-process runner (the command line with its input and output captured,
// no process started), a scratch folder for files, and the shipped examples.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandLine } from '../../src/cli/run-cli';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The examples shipped in examples/, by file name. */
export const EXAMPLE_FILES = readdirSync(`${PROJECT_ROOT}examples`).filter((name) => name.endsWith('.json'));

export const readExample = (name: string) => readFileSync(`${PROJECT_ROOT}examples/${name}`, 'utf8');

/** The cluster lists of the estate-import tests, by file name. */
export const importFixture = (name: string) => join(PROJECT_ROOT, 'tests/engine/estate-import/fixtures', name);

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line in this process, as `npm run advise -- ...args` does (`import` first for the import
 * command), with optional standard input: text, or bytes as a pipe gives them.
 */
export async function adviseInProcess(args: readonly string[], input: string | Uint8Array = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCommandLine(args, {
    readStdin: async () => input,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/** A new scratch folder: `path(name)` is a file's path in it, `file(name, content)` writes one and returns its path. */
export function scratchFolder(prefix: string): {
  readonly path: (name: string) => string;
  readonly file: (name: string, content: string | Uint8Array) => string;
} {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string) => join(folder, name);
  return {
    path,
    file: (name, content) => {
      writeFileSync(path(name), content);
      return path(name);
    },
  };
}
