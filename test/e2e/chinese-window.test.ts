// End to end in browser mode on a DEMO episode with the window in Simplified Chinese: the station's own sentences
// (checklist, infusion window and dose; flags, CRS/ICANS explanations and evidence; the handover's words) are said in
// Chinese, so the episode, live (clinical) and handover screens show no English sentence.
// Allowed Latin: units, codes, rule ids, drug, product and lab test names, the DEMO names and MRN.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';
import { RULE_SET_VERSION } from '../../shared/clinical/rules';
import { LAB_TESTS } from '../../shared/labs';

/** Just after midnight (Day +2, 00:30), while the DEMO's CRS holds at its peak. */
const NOW = pinnedLocal(0, 30);
const MRN = 'MRN-DEMO-ZH';

/** Latin words that may stand in a Chinese sentence: names, codes, units, drugs and products. */
const ALLOWED = [
  /\bDEMO(?: (?:Patient|Physician|Second Nurse|Nurse))?\b/g,
  MRN,
  RULE_SET_VERSION, // the rule set's version identifier, a code
  ...LAB_TESTS.map((test) => test.name), // lab test names as the lab catalogue names them (e.g. "pH (arterial)")
  'Vigil',
  /\b(?:ide-cel|cilta-cel|Abecma|Carvykti|tocilizumab|dexamethasone|levetiracetam|fludarabine|cyclophosphamide|paracetamol|acetaminophen|norepinephrine|vasopressin)\b/gi,
  /\b(?:CAR\+ T|CRS|ICANS|ICE|ASTCT|CTCAE|NEWS2|CAR-HEMATOTOX|HL7|MRN|SpO2|FiO2|SBP|MAP|HR|RR|EEG|MRI|CT|ICP|VIGIL-[\w-]+|ASTCT-[\w-]+|v\d+(?:\.\d+)*)\b/g,
  /\b(?:mmHg|L\/min|mg\/kg|mg|kg|mL|min|h|°C|°F|%)\b/g,
];

/** Three Latin words in a row, each of two letters or more, once the allowed words are taken out. */
const ENGLISH_SENTENCE = /[A-Za-z][A-Za-z'’-]+(?:[ ,:;()]+[A-Za-z][A-Za-z'’-]+){2,}/g;

export function englishSentences(text: string): string[] {
  const stripped = ALLOWED.reduce<string>((t, allowed) => (typeof allowed === 'string' ? t.replaceAll(allowed, ' ') : t.replace(allowed, ' ')), text);
  return [...stripped.matchAll(ENGLISH_SENTENCE)].map((m) => m[0]);
}

describe('the Chinese window says the station’s sentences in Chinese (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'chinese-sentences',
    now: NOW,
    demo: { mrn: MRN, days: 3, interval: 30, timeoutMs: 120_000 },
    page: { timeoutMs: 20_000 },
    hookTimeoutMs: 180_000,
  });
  let page: Page;

  const visibleEnglish = async (testId?: string): Promise<string[]> => englishSentences(await (testId ? page.getByTestId(testId) : page.locator('body')).innerText());

  beforeAll(async () => {
    page = vigil.page();
    await page.getByTestId('settings-button').click();
    await page.getByTestId('language-zh-CN').check();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tab-episode').textContent()).resolves.toBe('病程');
  });

  it('the scan itself finds an English sentence and lets names, codes and units through', () => {
    expect(englishSentences('输注时间为最后一剂后 3 天：Infusion within the product window')).toEqual(['Infusion within the product window']);
    expect(englishSentences('DEMO Patient · 病历号 MRN-DEMO-ZH · ide-cel · SpO2 94 % · 6 L/min · CAR+ T 细胞 · ASTCT-CRS-fever v1')).toEqual([]);
  });

  it('episode screen: checklist, infusion window and dose are in Chinese', async () => {
    await page.getByTestId('tab-episode').click();
    await page.getByTestId('checklist').waitFor();
    await expect(page.getByTestId('checklist-timing').innerText()).resolves.toMatch(/^时间.*输注时间为最后一剂淋巴细胞清除后 3 天（休息 2 天）：在产品规定的时间窗内/);
    await page.screenshot({ path: artifactPath('chinese-episode.png'), fullPage: true });
    expect(await visibleEnglish()).toEqual([]);
  });

  it('clinical: the CRS and ICANS cards, the flags with their evidence and both "why?" dialogs are in Chinese', async () => {
    await page.getByTestId('tab-live').click();
    await page.getByTestId('grade-crs').waitFor();
    await page.getByTestId('grade-icans').waitFor();
    for (const why of await page.locator('[data-testid^="flag-why-"]').all()) await why.click();
    await page.screenshot({ path: artifactPath('chinese-clinical.png'), fullPage: true });
    expect(await visibleEnglish()).toEqual([]);
    for (const kind of ['crs', 'icans']) {
      await page.getByTestId(`grade-${kind}-why`).click();
      await page.getByTestId('explain-dialog').waitFor();
      expect(await page.getByTestId('explain-text').innerText()).toMatch(/^(\d 级|无法评估)：/);
      expect(await visibleEnglish('explain-dialog'), kind).toEqual([]);
      await page.getByTestId('explain-close').click();
      await page.getByTestId('explain-dialog').waitFor({ state: 'detached' });
    }
  });

  it('handover: the report preview (grades, events, flags, actions) is in Chinese', async () => {
    await page.getByTestId('tab-handover').click();
    const preview = page.getByTestId('handover-preview');
    await preview.getByTestId('handover-document').waitFor();
    await page.screenshot({ path: artifactPath('chinese-handover.png'), fullPage: true });
    expect(await visibleEnglish()).toEqual([]);
  });
});
