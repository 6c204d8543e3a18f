import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAnswersJsonSchema, renderAnswersJsonSchema } from '../../src/engine/json-schema';

describe('published JSON Schema', () => {
  it('matches the zod schema it is generated from (run `npm run schema` after changing answers.ts)', () => {
    const published = readFileSync(new URL('../../public/answers.schema.json', import.meta.url), 'utf8');
    expect(published).toBe(renderAnswersJsonSchema());
  });

  it("lets editors check the contract's ranges and requires only version and regions", () => {
    const schema = buildAnswersJsonSchema() as {
      required: string[];
      properties: Record<string, { minimum?: number; maximum?: number; description?: string }>;
    };
    expect(schema.required.sort()).toEqual(['regions', 'version']);
    expect(schema.properties.latencyToleranceMs).toMatchObject({ minimum: 1, maximum: 2000 });
    expect(schema.properties.opsEngineers?.description).toMatch(/full-time/);
  });

  it('documents every estate answer with its default for editors', () => {
    const schema = buildAnswersJsonSchema() as {
      properties: Record<
        string,
        { description?: string; items?: { properties: Record<string, { description?: string }> } }
      >;
    };
    const region = schema.properties.regions?.items?.properties ?? {};
    for (const key of ['siteKind', 'connectivity', 'nodes', 'jurisdiction'])
      expect(region[key]?.description).toBeTruthy();
    for (const key of ['nodesPerCluster', 'provisionedPercent', 'jurisdictions', 'hub', 'latencies', 'decision']) {
      expect(schema.properties[key]?.description).toMatch(/default/i);
    }
  });
});
