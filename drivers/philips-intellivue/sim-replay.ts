// Replay mode of the simulator (monitor-protocols.md 2.10 "canned replay"): the numeric poll results of a
// real log, one monitor period at a time, re-stamped with this run's invoke id, poll number and times.
import { ACTION, OBJ_CLASS } from './constants';
import type { Attribute } from './attributes';
import { readCapture } from './capture';
import type { PollResult } from './message';
import { encodePollResult } from './message-encode';
import { readNumerics } from './numerics';

export interface ReplaySource {
  /** The log's MDS Create attributes (model, operating mode ...), if it has one. */
  readonly mdsAttributes: readonly Attribute[] | null;
  /** Numeric results grouped by monitor period (same relative time), in log order. */
  readonly periods: readonly (readonly PollResult[])[];
}

const LOG_STAMP = /^\d{4}\/\d{2}\/\d{2}T/;

/** Read a DICES log (or a raw frame stream); throws when it holds no numeric results to replay. */
export function loadReplay(log: Uint8Array): ReplaySource {
  const format = LOG_STAMP.test(new TextDecoder('latin1').decode(log.subarray(0, 16))) ? 'dices-log' : 'raw';
  const messages = readCapture(log, format).items.flatMap((i) => (i.result.ok ? [i.result.value] : []));
  const mds = messages.find((m) => m.kind === 'mdsCreate');
  const periods: PollResult[][] = [];
  let last: number | null = null;
  for (const m of messages) {
    if (m.kind !== 'pollResult' || m.objClass !== OBJ_CLASS.numeric || readNumerics(m, new Map()).length === 0) continue;
    if (m.relTime !== last) periods.push([]);
    last = m.relTime;
    periods[periods.length - 1]!.push(m);
  }
  if (periods.length === 0) throw new Error('the log holds no numeric poll results to replay');
  return { mdsAttributes: mds?.kind === 'mdsCreate' ? mds.attributes : null, periods };
}

/** AbsoluteTime "invalid" (all 0xFF), as the MP70 stamps extended poll results (2.8). */
const NO_ABS_TIME = new Uint8Array(8).fill(0xff);

/** One logged period re-stamped for this run (2.10: rewrite invoke ids and time stamps). */
export function replayPeriod(period: readonly PollResult[], stamp: { invokeId: number; pollNumber: number; sequenceNo: number; relTime: number; extended: boolean }): Uint8Array[] {
  return period.map((fragment) =>
    encodePollResult({
      invokeId: stamp.invokeId,
      linked: fragment.linked,
      action: stamp.extended ? ACTION.extendedPoll : ACTION.poll,
      pollNumber: stamp.pollNumber,
      sequenceNo: stamp.sequenceNo,
      relTime: stamp.relTime,
      absTime: NO_ABS_TIME,
      objClass: fragment.objClass,
      attrGroup: fragment.attrGroup,
      contexts: fragment.contexts,
    }),
  );
}
