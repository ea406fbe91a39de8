// No import cycles in the code that ships: type-only imports count too (a cycle of types is still two files that
// cannot be understood apart). Part of `npm test` through the unit project.
import { describe, expect, it } from 'vitest';
import madge from 'madge';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli';

const SOURCE_FOLDERS = ['electron', 'shared', 'drivers', 'renderer'];
const WITH_TYPE_IMPORTS = { skipTypeImports: false };

async function importCycles(baseDir: string, folders: readonly string[]): Promise<string[][]> {
  const graph = await madge(
    folders.map((folder) => join(baseDir, folder)),
    { baseDir, fileExtensions: ['ts', 'tsx'], excludeRegExp: [/node_modules/], detectiveOptions: { ts: WITH_TYPE_IMPORTS, tsx: WITH_TYPE_IMPORTS } },
  );
  return graph.circular();
}

describe('import cycles', () => {
  it('there are none in electron/, shared/, drivers/ and renderer/', { timeout: 120_000 }, async () => {
    expect(await importCycles(REPO_ROOT, SOURCE_FOLDERS)).toEqual([]);
  });

  it('the check finds a cycle through .ts and .tsx files and type-only imports, and nothing else', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cycles-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { Shape } from './c';\nexport const b: Shape = { n: 1 };\n");
    writeFileSync(join(dir, 'c.ts'), "import { d } from './d';\nexport type Shape = { n: number };\nexport const c = d;\n");
    writeFileSync(join(dir, 'd.tsx'), "import { a } from './a';\nexport const d = a;\n");
    writeFileSync(join(dir, 'e.ts'), "import { a } from './a';\nexport const e = a;\n");
    expect(await importCycles(dir, ['.'])).toEqual([['a.ts', 'b.ts', 'c.ts', 'd.tsx']]);
  });
});
