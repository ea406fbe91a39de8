// 简体中文: the same keys as en/ (the type enforces it; i18n.test.ts also checks that no value is empty), one file per
// feature like en/.
import type { Translation } from '../types';
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

export const zhCN: Translation = { ...app, ...ui, ...live, ...episode, ...timeline, ...clinical, ...devices, ...messages, ...sending, ...trends, ...labs, ...flowsheet, ...rounds, ...handover, ...vitals, ...said };
