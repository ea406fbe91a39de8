// English for every station-generated message: the CLI and stored text use it here, the window registers it as its en.
import { clinicalEn } from './clinical.en';
import { entryEn } from './entry.en';
import { episodeEn } from './episode.en';
import { labRangesEn } from './labRanges.en';
import { renderMessage, type Message } from './message';

/** Under the window's top-level key "said" (renderer/src/i18n/en/said.ts spreads this). */
export const SAID_EN = { said: { ...episodeEn, ...clinicalEn, ...labRangesEn, ...entryEn } } as const;

/** The message in English, exactly as the station has always written it. */
export function english(m: Message): string {
  return renderMessage(m, SAID_EN);
}
