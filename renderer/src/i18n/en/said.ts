// The station-generated messages: their English is shared/messages (the CLI says the same words), under the key "said".
import { SAID_EN } from '../../../../shared/messages/en';

export const said = SAID_EN;
