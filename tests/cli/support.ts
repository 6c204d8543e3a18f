import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAdvise } from '../../src/cli/run-advise';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The examples shipped in examples/, by file name. */
export const EXAMPLE_FILES = readdirSync(`${PROJECT_ROOT}examples`).filter((name) => name.endsWith('.json'));

export const readExample = (name: string) => readFileSync(`${PROJECT_ROOT}examples/${name}`, 'utf8');

/** Runs the command line in this process, as `npm run advise` does, with optional standard input. */
export async function adviseInProcess(args: readonly string[], input = '') {
  let stdout = '';
  let stderr = '';
  const status = await runAdvise(args, {
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
