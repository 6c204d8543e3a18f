import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** What a pure layer may not reach: UI libraries, and the browser's globals. */
const FORBIDDEN = [
  /from\s+['"](react|react-dom|recharts|react-hook-form|@hookform\/[^'"]+)(\/[^'"]*)?['"]/,
  /\b(window|document|localStorage|sessionStorage|navigator)\.[A-Za-z_$]/,
  /from\s+['"]\.\.\/(features|components|app)\b/,
];

describe.each(['src/engine', 'src/share'])('%s stays pure', (folder) => {
  const files = sourceFiles(folder);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports no React, DOM or UI code', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});

describe('the purity check itself', () => {
  it.each([
    "import { useState } from 'react';",
    "import { createRoot } from 'react-dom/client';",
    "import { BarChart } from 'recharts';",
    'const x = window.location;',
    "import { App } from '../features/questionnaire';",
  ])('catches %s', (line) => {
    expect(FORBIDDEN.some((pattern) => pattern.test(line))).toBe(true);
  });
});
