// The process boundaries are allow-lists enforced by lint: prove each one fires on an import it does not name, and lets
// through what it does name.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../helpers/cli';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const importing = (source: string) => `import * as imported from '${source}';\nexport const x = imported;`;
const BOUNDARY_RULE = 'vigil/allowed-imports';

describe('process boundaries (lint allow-lists)', () => {
  it.each([
    // shared/: zod, date-fns and itself only
    ['shared/x.ts', '../drivers/ge-s5/session'],
    ['shared/x.ts', '../electron/station/station'],
    ['shared/clinical/x.ts', '../../renderer/src/App'],
    ['shared/x.ts', 'node:path'],
    ['shared/x.ts', 'events'],
    ['shared/x.ts', '@medplum/core'],
    ['shared/x.ts', 'react'],
    ['shared/x.ts', 'electron'],
    // renderer/: react, react-dom, recharts, i18next, react-i18next, shared/ and itself
    ['renderer/src/x.ts', 'electron'],
    ['renderer/src/x.ts', '../../electron/station/station'],
    ['renderer/src/x.ts', '../../drivers/registry'],
    ['renderer/src/x.ts', 'node:fs'],
    ['renderer/src/x.ts', 'zod'],
    ['renderer/src/x.tsx', 'better-sqlite3'],
    // drivers/: shared/, serialport, @medplum/core (HL7), Node built-ins and itself
    ['drivers/x.ts', '../electron/station/station'],
    ['drivers/hl7/x.ts', '../../renderer/src/App'],
    ['drivers/x.ts', 'electron'],
    ['drivers/x.ts', 'better-sqlite3'],
    // electron/preload: electron and the contract's wire module only
    ['electron/preload/x.ts', '../../shared/api/contract'],
    ['electron/preload/x.ts', '../station/station'],
    ['electron/preload/x.ts', 'node:fs'],
    // electron/main: electron, electron/station, shared/, Node built-ins and itself
    ['electron/main/x.ts', '../../drivers/registry'],
    ['electron/main/x.ts', '../../renderer/src/App'],
    ['electron/main/x.ts', '../preload/index'],
    ['electron/main/x.ts', 'better-sqlite3'],
    // tests keep their boundary, plus vitest, fast-check, Node and test/helpers
    ['shared/x.test.ts', '../drivers/registry'],
    ['renderer/src/x.test.ts', '../../electron/station/station'],
  ])('%s may not import %s', async (file, source) => {
    expect(await ruleIdsFor(importing(source), file)).toContain(BOUNDARY_RULE);
  });

  it('names the offending import and the allow-list in the message', async () => {
    const [result] = await eslint.lintText(importing('@medplum/core'), { filePath: `${REPO_ROOT}/shared/x.ts` });
    expect(result?.messages[0]?.message).toBe("shared/ (pure code that runs anywhere) may not import '@medplum/core' (allowed: zod, date-fns, shared/).");
  });

  it('also checks re-exports and dynamic imports', async () => {
    expect(await ruleIdsFor("export { x } from '../drivers/registry';", 'shared/x.ts')).toContain(BOUNDARY_RULE);
    expect(await ruleIdsFor("export * from 'node:fs';", 'shared/x.ts')).toContain(BOUNDARY_RULE);
    expect(await ruleIdsFor("export const load = () => import('electron');", 'renderer/src/x.ts')).toContain(BOUNDARY_RULE);
  });

  it.each([
    ['shared/clinical/x.ts', './events'],
    ['shared/clinical/x.ts', '../time'],
    ['shared/x.ts', 'zod'],
    ['shared/x.ts', 'date-fns'],
    ['renderer/src/x.ts', '../../shared/params'],
    ['renderer/src/x.tsx', 'react'],
    ['renderer/src/x.tsx', 'react-dom/client'],
    ['renderer/src/x.tsx', 'recharts'],
    ['renderer/src/x.tsx', 'react-i18next'],
    ['renderer/src/x.ts', 'i18next'],
    ['drivers/x.ts', '../shared/observation'],
    ['drivers/x.ts', 'serialport'],
    ['drivers/hl7/x.ts', '@medplum/core'],
    ['drivers/x.ts', 'node:net'],
    ['electron/preload/x.ts', 'electron'],
    ['electron/preload/x.ts', '../../shared/api/wire'],
    ['electron/main/x.ts', 'electron'],
    ['electron/main/x.ts', '../station/station'],
    ['electron/main/x.ts', '../../shared/api/contract'],
    ['electron/main/x.ts', 'node:path'],
    ['electron/station/x.ts', '../../drivers/ge-s5/session'],
    // the explicit test exceptions
    ['shared/clinical/x.test.ts', 'vitest'],
    ['shared/clinical/x.test.ts', 'node:path'],
    ['shared/clinical/x.test.ts', '../../test/helpers/shared'],
    ['drivers/ge-s5/test-support.ts', 'fast-check'],
    ['renderer/src/x.test.ts', 'fast-check'],
    ['electron/main/x.test.ts', '../testing/fakeElectron'],
    ['electron/main/x.test.ts', '../preload/index'],
    ['electron/preload/x.test.ts', '../testing/fakeElectron'],
  ])('%s may import %s', async (file, source) => {
    expect(await ruleIdsFor(importing(source), file)).toEqual([]);
  });

  it('keeps Electron out of the station core', async () => {
    expect(await ruleIdsFor(importing('electron'), 'electron/station/x.ts')).toContain('no-restricted-imports');
  });

  it('keeps browser globals and process out of shared/', async () => {
    expect(await ruleIdsFor('export const x = window.location;', 'shared/x.ts')).toContain('no-restricted-globals');
  });
});
