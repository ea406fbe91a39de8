// Every user-facing string of the window, in English: one file per feature (the rule: i18n/<language>/<feature>.ts,
// the shell in app.ts, the shared pieces in ui.ts). zh-CN/ has exactly the same keys (i18n.test.ts proves it).
// Interpolation uses {{name}}; values are never HTML-escaped (React escapes).
import { app } from './app';
import { clinical } from './clinical';
import { devices } from './devices';
import { episode } from './episode';
import { handover } from './handover';
import { flowsheet } from './flowsheet';
import { labs } from './labs';
import { live } from './live';
import { messages } from './messages';
import { rounds } from './rounds';
import { said } from './said';
import { sending } from './sending';
import { timeline } from './timeline';
import { trends } from './trends';
import { ui } from './ui';
import { vitals } from './vitals';

export const en = { ...app, ...ui, ...live, ...episode, ...timeline, ...clinical, ...devices, ...messages, ...sending, ...trends, ...labs, ...flowsheet, ...rounds, ...handover, ...vitals, ...said };
