// The layers of docs/architecture.md, enforced: each rule names what a layer may import, and a failure lists every
// offending import as "file imports target".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

type Layer = 'engine' | 'share' | 'cli' | 'components' | 'features' | 'app';

/** Which layers each layer may import from. A feature also never imports another feature (below). */
const LAYER_RULES: readonly { readonly rule: string; readonly layer: Layer; readonly mayImport: readonly Layer[] }[] = [
  { rule: 'the engine imports nothing of the app', layer: 'engine', mayImport: ['engine'] },
  { rule: 'the share codec imports the engine only', layer: 'share', mayImport: ['share', 'engine'] },
  {
    rule: 'the command line imports the engine and the share codec only',
    layer: 'cli',
    mayImport: ['cli', 'engine', 'share'],
  },
  {
    rule: 'components never import features or the app',
    layer: 'components',
    mayImport: ['components', 'engine', 'share'],
  },
  {
    rule: 'features import components, the engine and the share codec, never the app',
    layer: 'features',
    mayImport: ['features', 'components', 'engine', 'share'],
  },
];

/** Packages the pure core and the command line may not import: UI libraries. */
const UI_PACKAGES =
  /^(react|react-dom|recharts|react-hook-form|@hookform\/.+|d3-geo|topojson-client|world-atlas)(\/.*)?$/;
/** Browser globals the pure core may not touch (it runs in Node too: the command line, the tests, a worker). */
const BROWSER_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator)\.[A-Za-z_$][\w$]*/;

/** Every import of a module: static, re-exports, dynamic `import()`, side-effect imports and worker URLs. */
const IMPORT_PATTERNS = [
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

function importsOf(text: string): string[] {
  return IMPORT_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] as string));
}

interface SourceFile {
  /** Relative to the repository, with forward slashes: `src/features/questionnaire/questionnaire.tsx`. */
  readonly path: string;
  readonly text: string;
}

function layerOf(path: string): Layer | null {
  const layer = path.split('/')[1];
  return ['engine', 'share', 'cli', 'components', 'features', 'app'].includes(layer ?? '') ? (layer as Layer) : null;
}

/** `src/features/questionnaire/...` -> `questionnaire`; null outside the features. */
function featureOf(path: string): string | null {
  const [, layer, feature] = path.split('/');
  return layer === 'features' ? (feature ?? null) : null;
}

/** The repository path a relative import points at (no extension added), or null for a package. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return join(dirname(from), specifier).split('\\').join('/');
}

/** Every import of `files` that breaks a layer rule, as "file imports target (why)". */
function layerViolations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (layer === null) continue;
    const rule = LAYER_RULES.find((candidate) => candidate.layer === layer);
    for (const specifier of importsOf(file.text)) {
      const target = resolve(file.path, specifier);
      if (target === null) {
        if (layer !== 'app' && layer !== 'features' && layer !== 'components' && UI_PACKAGES.test(specifier)) {
          found.push(`${file.path} imports ${specifier} (${layer} uses no UI library)`);
        }
        if ((layer === 'engine' || layer === 'share') && specifier.startsWith('node:')) {
          found.push(`${file.path} imports ${specifier} (${layer} runs in the browser too)`);
        }
        continue;
      }
      const targetLayer = layerOf(target);
      if (targetLayer === null) continue;
      if (rule && !rule.mayImport.includes(targetLayer)) {
        found.push(`${file.path} imports ${target} (${rule.rule})`);
      }
      const feature = featureOf(file.path);
      const targetFeature = featureOf(target);
      if (feature !== null && targetFeature !== null && feature !== targetFeature) {
        found.push(`${file.path} imports ${target} (a feature never imports another feature: compose them in src/app)`);
      }
    }
    if ((layer === 'engine' || layer === 'share') && BROWSER_GLOBALS.test(file.text)) {
      found.push(`${file.path} touches ${file.text.match(BROWSER_GLOBALS)?.[0]} (${layer} touches no browser global)`);
    }
  }
  return found;
}

/** The import cycles among `files`, each as its modules in order. */
function importCycles(files: readonly SourceFile[]): string[][] {
  const byPath = new Map(files.map((file) => [file.path.replace(/\.tsx?$/, ''), file]));
  const key = (path: string) => (byPath.has(path) ? path : byPath.has(`${path}/index`) ? `${path}/index` : null);
  const edges = new Map(
    [...byPath].map(([path, file]) => [
      path,
      importsOf(file.text)
        .map((specifier) => resolve(file.path, specifier))
        .flatMap((target) => (target === null ? [] : [key(target.replace(/\.tsx?$/, ''))]))
        .filter((target): target is string => target !== null),
    ]),
  );
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (path: string, trail: string[]) => {
    state.set(path, 'visiting');
    for (const next of edges.get(path) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...trail.slice(trail.indexOf(next)), path, next]);
      else if (!state.has(next)) visit(next, [...trail, path]);
    }
    state.set(path, 'done');
  };
  for (const path of byPath.keys()) if (!state.has(path)) visit(path, []);
  return cycles;
}

/** A source file's length limit, in lines (GUIDE.md): past it, a file holds more than one idea. */
const MAX_LINES = 500;

/**
 * The files the line limit leaves out: catalogs, which hold one entry a line by nature and split no better. Each
 * pattern names the files of one catalog kind, so a new language of a catalog is left out with no change here.
 */
const CATALOGS: readonly { readonly kind: string; readonly path: RegExp }[] = [
  { kind: 'message catalog', path: /^src\/engine\/messages\/(en|zh-cn|answers-problems-zh-cn)\.ts$/ },
  { kind: 'message catalog', path: /^src\/engine\/estate-import\/messages-(en|zh-cn)\.ts$/ },
  { kind: 'message catalog', path: /^src\/components\/i18n\/([a-z-]+-)?messages-(en|zh-cn)\.ts$/ },
  { kind: 'data catalog', path: /^src\/engine\/regions\/(catalog|countries|country-outlines|place-names-zh-cn)\.ts$/ },
];

/** Every file of `files` over MAX_LINES lines that is no catalog, as "file has N lines". */
function oversizedFiles(files: readonly SourceFile[]): string[] {
  return files.flatMap((file) => {
    const lines = file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0);
    const catalog = CATALOGS.some((candidate) => candidate.path.test(file.path));
    return lines > MAX_LINES && !catalog ? [`${file.path} has ${lines} lines`] : [];
  });
}

/**
 * Ideas with one home: a pattern that defines or spells out the idea, and the one file allowed to. Anywhere else
 * it is a copy that will drift (issue 21 found each of these written out several times).
 */
const ONE_HOME: readonly { readonly idea: string; readonly pattern: RegExp; readonly home: string }[] = [
  {
    idea: 'the priority keys',
    pattern: /\b(?:const|let|var)\s+PRIORITY_KEYS\b/,
    home: 'src/engine/answer-limits.ts',
  },
  {
    // regionDisplayName: the answers' name, else the catalog's, else the id.
    idea: "a region's display name",
    pattern: /findCatalogRegion\([^)]*\)\?\.name\s*(\?\?|\|\|)/,
    home: 'src/engine/regions/region-display-name.ts',
  },
  {
    idea: 'the wide (CJK) characters of a text-width estimate',
    pattern: /\\u2e80|\\uac00-\\ud7af|\\uff00-\\uffef/,
    home: 'src/components/text-width.ts',
  },
];

/** Every file of `files` that holds a copy of an idea with a home elsewhere, as "file copies idea (home)". */
function copiedIdeas(files: readonly SourceFile[]): string[] {
  return ONE_HOME.flatMap(({ idea, pattern, home }) =>
    files
      .filter((file) => file.path !== home && pattern.test(file.text))
      .map((file) => `${file.path} copies ${idea} (its home: ${home})`),
  );
}

/** The TypeScript files under `folder` of the repository (`src` by default). */
function sourceFiles(folder = 'src'): SourceFile[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => {
      const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
      return { path, text: readFileSync(join(root, path), 'utf8') };
    });
}

describe('the layers', () => {
  const files = sourceFiles();

  it('finds the source files of every layer', () => {
    const layers = new Set(files.map((file) => layerOf(file.path)));
    expect([...layers].sort()).toEqual(['app', 'cli', 'components', 'engine', 'features', 'share']);
  });

  it('keeps every rule: engine and share import nothing of the app, the command line only them, features apart', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(files).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines but the data and message catalogs (scripts and tests too)`, () => {
    expect(oversizedFiles([...files, ...sourceFiles('scripts'), ...sourceFiles('tests')])).toEqual([]);
  });

  it('leaves out of the line limit only catalogs that exist', () => {
    for (const { path } of CATALOGS) expect(files.some((file) => path.test(file.path))).toBe(true);
  });

  it('gives each idea one home: priority keys, region display names, the wide characters of text widths', () => {
    expect(copiedIdeas(files)).toEqual([]);
    for (const { home } of ONE_HOME) expect(files.map((file) => file.path)).toContain(home);
  });
});

describe('the layer check itself', () => {
  const file = (path: string, text: string): SourceFile => ({ path, text });

  it.each([
    ['src/cli/messages.ts', "import { en } from '../components/i18n/messages-en';", 'src/components/i18n/messages-en'],
    [
      'src/engine/score.ts',
      "import { render } from '../features/recommendation/verdict';",
      'src/features/recommendation/verdict',
    ],
    ['src/share/link.ts', "export { x } from '../app/startup';", 'src/app/startup'],
    ['src/components/card.tsx', "const m = import('../features/compare');", 'src/features/compare'],
    ['src/features/share-export/a.ts', "import { f } from '../answers-file/read';", 'src/features/answers-file/read'],
    ['src/features/compare/view.tsx', "import { App } from '../../app/app';", 'src/app/app'],
    ['src/engine/a.ts', "import { useState } from 'react';", 'react'],
    ['src/cli/a.ts', "import { BarChart } from 'recharts';", 'recharts'],
    ['src/share/a.ts', "import { readFile } from 'node:fs/promises';", 'node:fs/promises'],
    ['src/engine/a.ts', 'const width = window.innerWidth;', 'window.innerWidth'],
  ])('in %s, names the offending import of %s', (path, text, offending) => {
    const [violation, ...rest] = layerViolations([file(path, text)]);
    expect(violation).toContain(path);
    expect(violation).toContain(offending);
    expect(rest).toEqual([]);
  });

  it.each([
    ['src/app/app.tsx', "import { Questionnaire } from '../features/questionnaire';"],
    [
      'src/features/compare/view.tsx',
      "import { diff } from './answer-diff';\nimport { t } from '../../components/i18n';",
    ],
    ['src/cli/advise.ts', "import { readFile } from 'node:fs/promises';\nimport { recommend } from '../engine';"],
    ['src/features/recommendation/a.ts', "const w = new Worker(new URL('./what-ifs.worker.ts', import.meta.url));"],
  ])('in %s, allows %s', (path, text) => {
    expect(layerViolations([file(path, text)])).toEqual([]);
  });

  it('names a file over the line limit, and leaves a catalog of any length alone', () => {
    const lines = (count: number) => 'export const x = 1;\n'.repeat(count);
    expect(oversizedFiles([file('src/features/compare/view.tsx', lines(501))])).toEqual([
      'src/features/compare/view.tsx has 501 lines',
    ]);
    expect(oversizedFiles([file('src/features/compare/view.tsx', lines(500))])).toEqual([]);
    expect(oversizedFiles([file('src/engine/messages/zh-cn.ts', lines(900))])).toEqual([]);
    expect(oversizedFiles([file('src/components/i18n/result-messages-en.ts', lines(900))])).toEqual([]);
    expect(oversizedFiles([file('src/engine/regions/catalog.ts', lines(900))])).toEqual([]);
    expect(oversizedFiles([file('src/engine/regions/region-names.ts', lines(501))])).toHaveLength(1);
  });

  it.each([
    ['src/features/questionnaire/a.ts', "export const PRIORITY_KEYS = ['singlePane'] as const;"],
    ['src/engine/a.ts', 'const PRIORITY_KEYS: readonly string[] = [];'],
    ['src/cli/a.ts', 'const name = findCatalogRegion(id)?.name ?? id;'],
    ['src/features/questionnaire/a.tsx', 'const name = region.name.trim() || findCatalogRegion(id)?.name || id;'],
    ['src/features/topology-map/a.ts', 'const WIDE = /[\\u2e80-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]/;'],
  ])('in %s, finds the copy %s', (path, text) => {
    const [copy, ...rest] = copiedIdeas([file(path, text)]);
    expect(copy).toContain(`${path} copies`);
    expect(rest).toEqual([]);
  });

  it('allows an idea in its home, and its use anywhere', () => {
    expect(
      copiedIdeas([
        file('src/engine/answer-limits.ts', "export const PRIORITY_KEYS = ['singlePane'] as const;"),
        file('src/engine/factors/a.ts', 'for (const key of PRIORITY_KEYS) count++;'),
        file('src/cli/a.ts', 'const name = regionDisplayName({ id });\nconst region = findCatalogRegion(id);'),
      ]),
    ).toEqual([]);
  });

  it('finds a cycle through a folder index, and none in a chain', () => {
    const a = file('src/engine/a.ts', "import type { B } from './b';");
    const b = file('src/engine/b/index.ts', "import { c } from '../c';");
    const c = file('src/engine/c.ts', "import { a } from './a';");
    expect(importCycles([a, b, c])).toEqual([['src/engine/a', 'src/engine/b/index', 'src/engine/c', 'src/engine/a']]);
    expect(importCycles([a, b, file('src/engine/c.ts', 'export const c = 1;')])).toEqual([]);
  });
});
