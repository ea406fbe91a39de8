// One HL7 feed's processing: archive the bytes, decide, commit, and only then acknowledge. Never throws:
// whatever bytes arrive, the sender gets an ACK (or a documented silence) and the listener keeps serving.
import type { Observation } from '../../../shared/observation';
import type { VitalParam } from '../../../shared/params';
import type { LabCatalogue } from '../../../shared/labs';
import type { StationDb } from '../db/open';
import { Hl7ParseError, parseHl7, type ParsedHl7 } from '../../../drivers/hl7/adapter';
import { buildAck, buildBareReject, createAckIdSource, planAcks, type AckMode, type AckOutcome, type AckReason } from '../../../drivers/hl7/ack';
import { decodeFrame, encodeText, type Hl7Charset } from '../../../drivers/hl7/charset';
import { interpret, routeOf, type Interpretation } from '../../../drivers/hl7/interpret';
import type { ListenerEvent, PeerInfo } from '../../../drivers/hl7/transport';
import type { Hl7Archive } from './archive';
import { admittedPatient, type AdmittedPatient, type Hl7VitalRepository, type LabResultRepository } from './results';
import { matchPatient } from './matching';
import type { SourceState } from './sources';
import { floodLog, type LogLine } from '../log/rateLimitedLog';
import { escapeForLog } from '../log/escapeForLog';
import { errorDetail, errorMessage } from '../../../shared/errors';

export interface Hl7ServiceOptions {
  readonly db: StationDb;
  readonly archive: Hl7Archive;
  readonly labs: LabResultRepository;
  readonly vitals: Hl7VitalRepository;
  readonly sources: SourceState;
  /** The station's one ingest path for canonical observations; false when they could not be stored. */
  readonly ingest: (batch: readonly Observation[]) => boolean;
  /** The station's storage state; absent: always ok. */
  readonly storage?: StorageState;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly application: string;
  readonly facility: string;
  /** host:port of the listener, for the archive. */
  readonly listener: string;
  readonly charset: Hl7Charset;
  readonly ackMode: AckMode;
  readonly catalogue: LabCatalogue;
}

/** What the service needs of the station's storage health (storage/health.ts). */
export interface StorageState {
  readonly ok: boolean;
  status(): { readonly reason?: string };
  /** True when the error is a storage failure (the station then shows the problem and retries on its own). */
  failed(error: unknown, what: string): boolean;
}

interface Decision {
  readonly outcome: 'accepted' | 'ignored' | 'duplicate' | 'rejected' | 'error';
  readonly ack: AckOutcome;
  /** Why it is refused (AE/AR/CE/CR, with ERR). */
  readonly reason: AckReason | null;
  /** What happened, for MSA-3 of an accept and for the archive. */
  readonly note: string | null;
  readonly kind: string | null;
  readonly vitalsStored?: number;
  readonly labsStored?: number;
  readonly duplicateOf?: number;
  /** The archive row was finished inside the commit. */
  readonly committed?: boolean;
}

const reject = (reason: AckReason, kind: string | null = null): Decision => ({ outcome: 'rejected', ack: 'reject', reason, note: null, kind });
const PROCESSING_IDS = new Set(['P', 'D', 'T']);

/** Who a control id belongs to: MSH-3 (namespace and universal id) and MSH-4. */
export const senderKey = (p: ParsedHl7): string => `${[p.sendingApplication, p.sendingApplicationId].filter((s) => s !== null).join('^')}|${p.sendingFacility ?? ''}`;

/** One rate-limited log per kind of per-connection or per-message line: a flood writes a few lines and a count. */
function hl7Logs(sink: LogLine) {
  const limited = (what: string) => floodLog(sink, 'vigil: hl7', what);
  return { refused: limited('connections refused'), closed: limited('connections closed'), dropped: limited('frames dropped'), refusedMessages: limited('messages not accepted') };
}

export class Hl7Service {
  private readonly nextAckId = createAckIdSource();
  private readonly logs: ReturnType<typeof hl7Logs>;

  constructor(private readonly o: Hl7ServiceOptions) {
    this.logs = hl7Logs(o.log);
  }

  /** One frame's payload in, the ACK payloads out (in order). */
  handleFrame(payload: Uint8Array, peer: PeerInfo): Uint8Array[] {
    try {
      return this.process(payload, peer);
    } catch (error) {
      this.o.log(`vigil: hl7 ${peer.label}: internal error: ${errorDetail(error)}`);
      return [encodeText(buildBareReject({ code: 207, text: 'internal error at the receiver; the message was not stored' }, this.identity()), 'utf-8')];
    }
  }

  /** Listener events: refused peers, dropped frames, closed connections. Dropped frames are archived like messages. */
  handleEvent(event: ListenerEvent): void {
    const peer = event.peer.label;
    switch (event.kind) {
      case 'refused':
        return this.logs.refused(`vigil: hl7: refused a connection from ${peer} (not in the allow-list)`);
      case 'idle':
        return this.logs.closed(`vigil: hl7 ${peer}: closed an idle connection`);
      case 'evicted':
        return this.logs.closed(`vigil: hl7 ${peer}: closed the longest-idle connection to admit a new one (${event.connections} connections at most)`);
      case 'overflow':
        return this.logs.dropped(`vigil: hl7 ${peer}: closed the connection: an unfinished frame passed ${event.limit} bytes (not acknowledged: no complete frame)`);
      case 'handler-failed':
        return this.o.log(`vigil: hl7 ${peer}: ${escapeForLog(event.message)}`);
      case 'framing':
        this.logs.dropped(`vigil: hl7 ${peer}: ${event.issue.message}`);
        if (event.issue.kind !== 'stray') this.archiveDropped(event.issue.head, peer, event.issue.message);
    }
  }

  private archiveDropped(head: Uint8Array, peer: string, message: string): void {
    try {
      const id = this.o.archive.receive({ receivedAt: this.o.now(), listener: this.o.listener, peer, raw: head, charset: null, charsetNote: null, sender: null, controlId: null, messageType: null, patientId: null });
      this.o.archive.finish(id, { outcome: 'rejected', reason: `${message} (not acknowledged: no complete frame)`, kind: null, acks: '' });
    } catch (error) {
      this.o.log(`vigil: hl7 ${peer}: could not archive a dropped frame: ${errorMessage(error)}`);
    }
  }

  private process(payload: Uint8Array, peer: PeerInfo): Uint8Array[] {
    const receivedAt = this.o.now();
    const decoded = decodeFrame(payload, this.o.charset);
    let parsed: ParsedHl7 | null = null;
    let parseError = '';
    try {
      parsed = parseHl7(decoded.text);
    } catch (error) {
      parseError = error instanceof Hl7ParseError ? error.message : `the message could not be parsed (${String(error)})`;
    }
    if (this.o.storage && !this.o.storage.ok) return this.reply(null, parsed, notStored(this.o.storage.status().reason ?? 'storage problem'), decoded.charset, peer);
    let id: number | null = null;
    try {
      id = this.o.archive.receive({
        receivedAt, listener: this.o.listener, peer: peer.label, raw: payload, charset: decoded.charset, charsetNote: decoded.note,
        sender: parsed ? senderKey(parsed) : null, controlId: parsed?.controlId ?? null, messageType: parsed?.messageType ?? null, patientId: parsed?.patientId ?? null,
      });
    } catch (error) {
      if (this.o.storage?.failed(error, 'archiving an HL7 message')) return this.reply(null, parsed, notStored(this.o.storage.status().reason ?? String(error)), decoded.charset, peer);
      const reason: AckReason = { code: 207, text: `the receiver could not archive the message (${errorMessage(error)}); please resend` };
      return this.reply(null, parsed, { outcome: 'error', ack: 'error', reason, note: null, kind: null }, decoded.charset, peer);
    }
    if (decoded.note) this.o.log(`vigil: hl7 ${peer.label}: message #${id}: ${escapeForLog(decoded.note)}`);
    const decision = parsed ? this.decide(parsed, id, receivedAt) : reject({ code: 100, text: parseError });
    return this.reply(id, parsed, decision, decoded.charset, peer);
  }

  private decide(p: ParsedHl7, id: number, receivedAt: number): Decision {
    const header = checkHeader(p);
    if (header) return reject(header);
    const route = routeOf(p);
    if (route === 'unsupported') return reject({ code: 200, location: 'MSH^1^9', text: `message type ${p.messageType} is not handled here (this station takes ORU^R01 results)` });
    const duplicateOf = this.o.archive.acceptedWith(senderKey(p), p.controlId!);
    if (duplicateOf !== null) return duplicate(duplicateOf);
    if (route === 'alert') return { outcome: 'ignored', ack: 'accept', reason: null, note: 'alert (ORU^R40, IHE PCD ACM): acknowledged, not stored as vitals', kind: 'alert' };
    const meaning = interpret(p, this.o.catalogue, receivedAt);
    const kind = kindOf(meaning);
    const match = matchPatient(p, admittedPatient(this.o.db), kind === 'vitals' ? 'vitals' : kind === 'labs' ? 'lab results' : 'results');
    if (!match.ok) return { outcome: 'rejected', ack: 'error', reason: match.reason, note: null, kind };
    return this.commit(p, id, meaning, match.patient, receivedAt, kind);
  }

  /** Labs, HL7 vitals, the active ones through the station's ingest, and the archive outcome: one transaction. */
  private commit(p: ParsedHl7, id: number, meaning: Interpretation, patient: AdmittedPatient, receivedAt: number, kind: string): Decision {
    const chosen = new Map<VitalParam, string>();
    for (const o of meaning.vitals.observations) chosen.set(o.param, this.o.sources.choose(o.param, receivedAt));
    const active = meaning.vitals.observations.filter((o) => chosen.get(o.param) === 'hl7');
    const activeSet = new Set(active);
    const acks = planAcks(p, 'accept', this.o.ackMode).join(',');
    try {
      const stored = this.o.db.transaction(() => {
        const labs = this.o.labs.store(meaning.labs, patient, id, receivedAt);
        const vitals = this.o.vitals.store(meaning.vitals.rows, id, (row) => row.observation !== null && activeSet.has(row.observation));
        if (active.length > 0 && !this.o.ingest(active)) throw new Error('the observation store refused the values');
        const note = acceptedNote(meaning, vitals, meaning.vitals.observations.length - active.length, labs);
        this.o.archive.finish(id, { outcome: 'accepted', reason: note, kind, acks, vitalsStored: vitals, labsStored: labs });
        return { labs, vitals, note };
      })();
      this.o.sources.noteHl7(chosen.keys(), receivedAt);
      return { outcome: 'accepted', ack: 'accept', reason: null, note: stored.note, kind, vitalsStored: stored.vitals, labsStored: stored.labs, committed: true };
    } catch (error) {
      if (this.o.storage?.failed(error, 'storing an HL7 message')) return notStored(this.o.storage.status().reason ?? String(error), kind);
      if (this.o.storage && !this.o.storage.ok) return notStored(this.o.storage.status().reason ?? 'storage problem', kind);
      const message = errorMessage(error);
      const again = /UNIQUE/.test(message) ? this.o.archive.acceptedWith(senderKey(p), p.controlId!) : null;
      if (again !== null) return duplicate(again);
      return { outcome: 'error', ack: 'error', reason: { code: 207, text: `not stored (${message}); nothing was kept, please resend` }, note: null, kind };
    }
  }

  private reply(id: number | null, p: ParsedHl7 | null, d: Decision, charset: Hl7Charset, peer: PeerInfo): Uint8Array[] {
    const codes = p ? planAcks(p, d.ack, this.o.ackMode) : (['AR'] as const);
    if (id !== null && !d.committed) {
      try {
        this.o.archive.finish(id, { outcome: d.outcome, reason: d.reason?.text ?? d.note, kind: d.kind, acks: codes.join(','), ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}) });
      } catch (error) {
        this.o.log(`vigil: hl7 ${peer.label}: could not record the outcome of message #${id}: ${errorMessage(error)}`);
      }
    }
    if (d.outcome !== 'accepted' && d.outcome !== 'ignored') this.logs.refusedMessages(refusalLine(peer, p, d));
    return codes.map((code) => {
      const text = p ? buildAck(p, code, d.reason, this.identity(), d.note ?? undefined) : buildBareReject(d.reason ?? { code: 100, text: 'unreadable frame' }, this.identity());
      return encodeText(text, charset);
    });
  }

  private identity() {
    return { application: this.o.application, facility: this.o.facility, now: this.o.now(), controlId: this.nextAckId() };
  }
}

/** MSH fields and reasons quoting them are the sender's text: escaped, so a field cannot forge a log line. */
function refusalLine(peer: PeerInfo, p: ParsedHl7 | null, d: Decision): string {
  const what = p ? `${escapeForLog(p.messageType ?? '')} ${escapeForLog(p.controlId ?? '')}` : 'frame ';
  const why = d.reason?.text ?? d.note;
  return `vigil: hl7 ${peer.label}: ${what}: ${d.outcome}${why ? `: ${escapeForLog(why)}` : ''}`;
}

/** Storage is down: AE (CE in enhanced mode) with the reason; the sender keeps the message and resends. */
function notStored(reason: string, kind: string | null = null): Decision {
  return { outcome: 'error', ack: 'error', reason: { code: 207, text: `not stored: the receiver's storage has a problem (${reason}); nothing was kept, please resend later` }, note: null, kind };
}

function duplicate(of: number): Decision {
  return { outcome: 'duplicate', ack: 'accept', reason: null, note: `duplicate of message #${of}: already stored, not stored again`, kind: null, duplicateOf: of };
}

/** AR reasons found in MSH alone (hl7.md 1.6: unsupported type, version or processing id, malformed MSH). */
function checkHeader(p: ParsedHl7): AckReason | null {
  if (p.messageType === null) return { code: 101, location: 'MSH^1^9', text: 'MSH-9 (message type) is empty' };
  if (p.controlId === null) return { code: 101, location: 'MSH^1^10', text: 'MSH-10 (message control id) is empty' };
  if (!/^2\.\d/.test(p.version ?? '')) return { code: 203, location: 'MSH^1^12', text: `version "${p.version ?? ''}" is not HL7 v2` };
  if (p.processingId !== null && !PROCESSING_IDS.has(p.processingId)) return { code: 202, location: 'MSH^1^11', text: `processing id "${p.processingId}" is not P, D or T` };
  return null;
}

function kindOf(m: Interpretation): string {
  const vitals = m.vitals.rows.length > 0;
  const labs = m.labs.length > 0;
  return vitals && labs ? 'mixed' : vitals ? 'vitals' : labs ? 'labs' : 'results';
}

function acceptedNote(m: Interpretation, vitals: number, standby: number, labs: number): string {
  const parts = [`stored ${vitals} vitals${standby > 0 ? ` (${standby} kept as standby: the serial link is live)` : ''}`, `${labs} lab results`];
  const skipped = m.vitals.rows.filter((r) => r.observation === null).length;
  if (skipped > 0) parts.push(`${skipped} vital rows not storable`);
  if (m.unrecognised > 0) parts.push(`${m.unrecognised} observations not recognised`);
  if (m.vitals.unzonedTimes) parts.push('times without a zone read as station local time');
  return parts.join('; ');
}
