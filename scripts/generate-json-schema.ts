// Writes public/answers.schema.json from the zod schema. tests/engine/json-schema.test.ts fails if it drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANSWERS_SCHEMA_FILE, renderAnswersJsonSchema } from '../src/engine/json-schema';

const target = fileURLToPath(new URL(`../public/${ANSWERS_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, renderAnswersJsonSchema());
console.log(`wrote ${target}`);
