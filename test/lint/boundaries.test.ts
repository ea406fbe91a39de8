// The process boundaries are enforced by lint: prove the rules fire on a violation in each folder.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../helpers/cli';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('process boundaries (lint)', () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/x.ts', "import { Station } from '../../electron/station/station';\nexport const x = Station;"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/x.ts', "import { GeS5Session } from '../drivers/ge-s5/session';\nexport const x = GeS5Session;"],
    ['shared/x.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['shared/x.ts', "import { EventEmitter } from 'events';\nexport const x = EventEmitter;"],
    ['drivers/x.ts', "import { Station } from '../electron/station/station';\nexport const x = Station;"],
    ['electron/station/x.ts', "import { app } from 'electron';\nexport const x = app;"],
  ])('%s may not import this', async (file, code) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('allows what the architecture allows', async () => {
    expect(await ruleIdsFor("import { PARAMS } from '../../shared/params';\nexport const x = PARAMS;", 'renderer/src/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import { app } from 'electron';\nexport const x = app;", 'electron/main/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import { x } from './events';\nexport const y = x;", 'shared/clinical/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import { GeS5Session } from '../../drivers/ge-s5/session';\nexport const x = GeS5Session;", 'electron/station/x.ts')).toEqual([]);
  });

  it('keeps browser globals and process out of shared/', async () => {
    expect(await ruleIdsFor('export const x = window.location;', 'shared/x.ts')).toContain('no-restricted-globals');
  });
});
