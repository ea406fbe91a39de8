// The ICE score entered item by item (ten points, one per item done correctly).
import { ICE_ITEMS, type IceItem } from '../../../../../shared/clinical/neuroEvents';

export type IceItems = Readonly<Record<IceItem, boolean>>;

export function emptyIceItems(): IceItems {
  return Object.fromEntries(ICE_ITEMS.map((item) => [item, false])) as Record<IceItem, boolean>;
}

/** Every item done correctly (10/10): the shortcut, items the patient missed are then unticked one by one. */
export function allCorrectIceItems(): IceItems {
  return Object.fromEntries(ICE_ITEMS.map((item) => [item, true])) as Record<IceItem, boolean>;
}

export function iceTotal(items: IceItems): number {
  return ICE_ITEMS.filter((item) => items[item]).length;
}

/** The ICE domains as the form groups them (orientation 4, naming 3, commands 1, writing 1, attention 1). */
export const ICE_GROUPS: readonly { readonly group: 'orientation' | 'naming' | 'commands' | 'writing' | 'attention'; readonly items: readonly IceItem[] }[] = [
  { group: 'orientation', items: ['orientationYear', 'orientationMonth', 'orientationCity', 'orientationHospital'] },
  { group: 'naming', items: ['namesObject1', 'namesObject2', 'namesObject3'] },
  { group: 'commands', items: ['followsCommands'] },
  { group: 'writing', items: ['writesSentence'] },
  { group: 'attention', items: ['countsBackwards'] },
];
