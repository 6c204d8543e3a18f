import { describe, expect, it } from 'vitest';
import { readAnswersFile } from '../../../src/features/answers-file/answers-file';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('an answers file opened in the app', () => {
  it('is refused for a misspelled key, which is named with the key meant; the answers stay unchanged', async () => {
    const read = await readAnswersFile(
      bytesOf('{"version": 1, "regions": [{"id": "aws:eu-west-1"}], "latencyTolerancMs": 80}'),
      'mine.json',
    );
    expect(!read.ok && read.message.split('\n')).toEqual([
      'mine.json is not a valid answers file. Your current answers are unchanged.',
      'latencyTolerancMs: Unknown key "latencyTolerancMs": did you mean "latencyToleranceMs"?',
    ]);
  });
});
