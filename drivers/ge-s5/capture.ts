// Decodes a raw GE capture file (the wire bytes) into observations, counting frames that failed.
import type { CaptureDecode } from '../types';
import type { DecodeIssue } from '../types';
import type { Observation } from '../../shared/observation';
import { createDeframer, decodeRecord, recordToObservations } from './codec';

export function decodeGeCapture(bytes: Uint8Array, device: string): CaptureDecode {
  const deframer = createDeframer();
  const observations: Observation[] = [];
  const issues: DecodeIssue[] = [];
  let frames = 0;
  for (const frame of deframer.push(bytes)) {
    frames += 1;
    if (!frame.ok) {
      issues.push(frame.issue);
      continue;
    }
    const record = decodeRecord(frame.record);
    if (record.ok) observations.push(...recordToObservations(record.value, { device }));
    else issues.push(record.issue);
  }
  return { observations, issues, frames };
}
