import { afterEach, describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../../shared/episode/checklist';
import { checkDose } from '../../../shared/episode/dose';
import { BUILTIN_PRODUCTS } from '../../../shared/episode/products';
import { checkInfusionTiming } from '../../../shared/episode/window';
import { isMessage, message, type Message } from '../../../shared/messages/message';
import { gradeVignette } from '../../../shared/clinical/vignette';
import { vignetteFileSchema } from '../../../shared/clinical/vignetteSchema';
import { hasSharedFixtures } from '../../../test/helpers/shared';
import { PUBLIC_VIGNETTE_FILES, readVignetteFile } from '../../../test/helpers/vignettes';
import { i18n } from './index';
import { say, sayOr } from './said';

const at = (iso: string) => new Date(`${iso}T12:00:00`).getTime();
const infusion = at('2026-11-22');
// d from −1 (before the last dose) to 15 (past every product's latest day), for each product and the patient guide.
const timings = [...BUILTIN_PRODUCTS, null].flatMap((product) =>
  [-1, 0, 1, 2, 3, 4, 6, 8, 15].map((d) => checkInfusionTiming(product, new Date(infusion - d * 86_400_000).toISOString().slice(0, 10), infusion)!),
);
const doses = [checkDose(BUILTIN_PRODUCTS[0]!.dose, 1e6, 70), checkDose(BUILTIN_PRODUCTS[1]!.dose, 5e7, 70), checkDose(BUILTIN_PRODUCTS[1]!.dose, 5e7, null), checkDose(BUILTIN_PRODUCTS[1]!.dose, 1e12, 70)];
const checklist = evaluateChecklist(
  {
    infection_screening: { result: 'positive', activeInfection: true, date: '2026-11-20' } as never,
    cns_evaluation: { assessmentDone: false, decision: 'postpone', physicianName: 'Dr Rao' } as never,
    lymphodepletion: { days: ['2026-11-10'] } as never,
  },
  BUILTIN_PRODUCTS[0]!,
  infusion,
);
/** Three Latin words in a row: an English sentence left in the Chinese window (codes like "CAR+ T" are shorter). */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}[\s,:;]+[A-Za-z]{2,}[\s,:;]+[A-Za-z]{2,}/;

describe('station messages in the window', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says each window, dose and checklist message in English exactly as the station and CLI write it', () => {
    for (const t of timings) expect(say(t.sentence)).toBe(t.message);
    for (const d of doses) expect(say(d.sentence)).toBe(d.message);
    expect(checklist.blockerMessages.map(say)).toEqual(checklist.blockers);
    expect(checklist.blockers.length).toBeGreaterThan(2);
  });

  it('says them in Chinese with no English sentence left', async () => {
    await i18n.changeLanguage('zh-CN');
    const said = [...timings.map((t) => t.sentence), ...doses.map((d) => d.sentence), ...checklist.blockerMessages, ...checklist.warningMessages].map(say);
    for (const text of said) expect(text).not.toMatch(ENGLISH_SENTENCE);
    expect(say(timings.find((t) => t.verdict === 'in_window')!.sentence)).toMatch(/^输注时间为最后一剂淋巴细胞清除后 \d 天（休息 \d 天）：在产品规定的时间窗内（ide-cel：2–3 天）。$/);
    expect(checklist.blockerMessages.map(say)).toContain('中枢神经系统评估：Dr Rao 决定推迟输注。');
  });

  it('falls back to the stored text when there is no message or the key is unknown', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(sayOr(undefined, 'stored words')).toBe('stored words');
    expect(sayOr(message('said.nothing.here'), 'stored words')).toBe('stored words');
    expect(sayOr(message('said.checklist.cnsNotDone'), 'CNS evaluation: the assessment has not been done.')).toBe('中枢神经系统评估：尚未完成评估。');
  });

  it.skipIf(!hasSharedFixtures)('says every flag, explanation, evidence sentence and item of the public vignettes in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const vignettes = PUBLIC_VIGNETTE_FILES.flatMap((path) => vignetteFileSchema.parse(readVignetteFile(path)).vignettes);
    const english: string[] = [];
    let checked = 0;
    for (const v of vignettes) {
      const r = gradeVignette(v);
      const said = [r.crs.explanationMessage, r.crs.maxExplanationMessage, r.icans.explanationMessage, r.icans.maxExplanationMessage, ...r.flags.map((f) => f.message)];
      const items = [...r.crs.evidence, ...r.icans.evidence, ...r.flags.flatMap((f) => f.evidence)].flatMap((e) => e.items.flatMap((i) => [i.atMessage, i.summaryMessage]));
      for (const m of [...said, ...items].filter((x): x is Message => isMessage(x))) {
        const text = say(m);
        checked += 1;
        if (ENGLISH_SENTENCE.test(text)) english.push(`${v.id}: ${text}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(english).toEqual([]);
  });
});
