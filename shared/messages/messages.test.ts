import { describe, expect, it } from 'vitest';
import { hasSharedFixtures } from '../../test/helpers/shared';
import { PUBLIC_VIGNETTE_FILES, readVignetteFile } from '../../test/helpers/vignettes';
import { describeEvent } from '../clinical/evidence';
import { gradeVignette } from '../clinical/vignette';
import { vignetteFileSchema } from '../clinical/vignetteSchema';
import { english, SAID_EN } from './en';
import { isMessage, message, renderMessage, template, type Message } from './message';

/** Every message inside a value (results, flags, evidence), nested parameters included. */
function messagesIn(value: unknown, found: Message[] = []): Message[] {
  if (isMessage(value)) {
    found.push(value);
    for (const p of Object.values(value.params)) messagesIn(p, found);
  } else if (Array.isArray(value)) for (const v of value) messagesIn(v, found);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) messagesIn(v, found);
  return found;
}

describe('station messages', () => {
  it('render nested messages with their parameters, and show a key the catalogue lacks as the key', () => {
    const catalogue = { a: { outer: 'x {{inner}} y {{n}}', inner: '[{{v}}]' } };
    expect(renderMessage(message('a.outer', { inner: message('a.inner', { v: 'ok' }), n: 3 }), catalogue)).toBe('x [ok] y 3');
    expect(renderMessage(message('a.missing'), catalogue)).toBe('a.missing');
    expect(template(catalogue, 'a')).toBeUndefined();
  });

  it('describe a free-text neuro finding as documented (only the listed findings are terms)', () => {
    const neuro = { kind: 'neuro', time: 0, source: 'staff', otherFindings: ['tremor', "Bell's palsy"] } as const;
    expect(describeEvent({ ...neuro, otherFindings: [...neuro.otherFindings] })).toBe("neuro assessment: other: tremor, Bell's palsy");
  });

  it.skipIf(!hasSharedFixtures)('every key the engine says on the public vignettes has English words', () => {
    const vignettes = PUBLIC_VIGNETTE_FILES.flatMap((path) => vignetteFileSchema.parse(readVignetteFile(path)).vignettes);
    const keys = new Set(vignettes.flatMap((v) => messagesIn(gradeVignette(v)).map((m) => m.key)));
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys) expect(template(SAID_EN, key), key).toBeTypeOf('string');
    for (const v of vignettes) for (const f of gradeVignette(v).flags) expect(english(f.message!)).toBe(f.explanation);
  });
});
