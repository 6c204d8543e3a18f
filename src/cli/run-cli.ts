import { runImport } from './import-command';
import { type CliIo, runAdvise } from './run-advise';

/**
 * The whole command line with its input and output given: `import FILE...` makes an answers document of cluster
 * lists (docs/import.md); anything else is advice. Returns the exit code. advise.ts wires it to the process; the
 * tests call it as it is.
 */
export function runCommandLine(args: readonly string[], io: CliIo): Promise<number> {
  return args[0] === 'import' ? runImport(args.slice(1), io) : runAdvise(args, io);
}
