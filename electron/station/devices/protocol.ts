// The shell reads --protocol from its command line but knows no drivers: the station says which protocols exist.
import type { Protocol } from '../../../shared/device';
import { driverFor } from '../../../drivers/registry';

export const knownProtocol = (name: string): Protocol | undefined => driverFor(name)?.protocol;
