// Each runtime's tsconfig gives its code only the globals that runtime has, and `npm run typecheck` checks every one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../helpers/cli';

function compilerOptions(config: string): ts.CompilerOptions {
  const file = join(REPO_ROOT, config);
  const { config: json, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(json, ts.sys, join(file, '..')).options;
}

const hasDom = (options: ts.CompilerOptions) => (options.lib ?? []).some((lib) => /lib\.dom/i.test(lib));

describe('per-runtime tsconfig', () => {
  it.each([
    ['shared/tsconfig.json', false, []],
    ['renderer/tsconfig.json', true, []],
    ['tsconfig.node.json', false, ['node']],
    ['tsconfig.test.json', true, ['node']],
  ])('%s: DOM %s, types %j', (config, dom, types) => {
    const options = compilerOptions(config);
    expect(hasDom(options)).toBe(dom);
    expect(options.types).toEqual(types);
  });

  it('npm run typecheck checks every one of them', () => {
    const script = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck;
    expect(script?.split('&&').map((step) => step.trim())).toEqual(['tsc -p shared', 'tsc -p renderer', 'tsc -p tsconfig.node.json', 'tsc -p tsconfig.test.json']);
  });
});
