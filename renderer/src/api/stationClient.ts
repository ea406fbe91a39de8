// What the renderer holds: the VigilApi plus the state of the link to the station.
import type { VigilApi } from '../../../shared/api/contract';

/** connecting: first attempt in progress; open: calls flow; lost: link dropped, reconnecting; closed: disposed. */
export type LinkState = 'connecting' | 'open' | 'lost' | 'closed';
export type LinkListener = (state: LinkState) => void;

export interface StationClient extends VigilApi {
  readonly link: LinkState;
  onLink(listener: LinkListener): () => void;
  close(): void;
}
