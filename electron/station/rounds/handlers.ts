// rounds.days: the rounds view of the open episode.
import type { HandlersFor } from '../api/dispatcher';
import type { roundsMethods } from '../../../shared/api/methods/rounds';
import type { StationDb } from '../db/open';
import type { EpisodeRepository } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import type { LabResult } from '../../../shared/api/methods/labs';
import { roundsDays } from './days';

export interface RoundsDeps {
  readonly db: StationDb;
  readonly episodes: EpisodeRepository;
  readonly entries: EntryRepository;
  readonly labs: (from: number, to: number) => readonly LabResult[];
  readonly now: () => number;
}

export function createRoundsHandlers(deps: RoundsDeps): HandlersFor<typeof roundsMethods> {
  return {
    'rounds.days': () => {
      const episode = deps.episodes.open();
      if (!episode) return [];
      const now = deps.now();
      return roundsDays({ db: deps.db, episode, entries: deps.entries.current(episode.id), labs: deps.labs(0, now + 1), now });
    },
  };
}
