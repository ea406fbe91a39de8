// The DEMO episode follows the labels' own schedule (lymphodepletion Days −5 to −3, infusion Day 0), so its checklist
// must read as in window with nothing holding the infusion and no timing override, for both products.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { EpisodeRepository } from '../episode/episodes';
import { EntryRepository } from '../episode/entries';
import { ProductRepository } from '../episode/products';
import { buildEpisodeView } from '../episode/view';
import { seedDemo } from './seed';

/** 14:00 local on a fixed date (no DST change near it): the demo's "now", never the wall clock. */
const NOW = new Date(2026, 10, 26, 14, 0).getTime();

describe('DEMO episode', () => {
  for (const product of ['ide-cel', 'cilta-cel'] as const) {
    it(`${product}: the label-schedule infusion is in window, nothing holds it, no override was needed`, () => {
      const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-demo-')), 'station.db'));
      try {
        const { episodeId } = seedDemo(db, { mrn: `DEMO-${product}`, days: 2, product, scenario: 'crs-fever-hypotension', intervalSeconds: 600, now: NOW });
        const episode = new EpisodeRepository(db).byId(episodeId)!;
        const view = buildEpisodeView(episode, new EntryRepository(db).current(episodeId), new ProductRepository(db).byCode(product), NOW);
        expect(view.checklist.state).toMatchObject({ blockers: [], warnings: [], timing: { verdict: 'in_window', daysSinceLymphodepletion: 3, restDays: 2 } });
        expect(view.checklist.state.timing!.message).toMatch(/^Infusion 3 days after the last lymphodepletion dose \(2 rest days\): within the product window/);
        expect(view.checklist.entries.timing_override).toBeUndefined();
      } finally {
        db.close();
      }
    });
  }
});
