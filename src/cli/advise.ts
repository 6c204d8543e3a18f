import { runImport } from './import-command';
import { runAdvise } from './run-advise';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const args = process.argv.slice(2);
const io = {
  readStdin,
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};
// `advise import FILE...` makes an answers document of cluster lists (docs/import.md); anything else is advice.
process.exitCode = args[0] === 'import' ? await runImport(args.slice(1), io) : await runAdvise(args, io);
