// The one adapter over @medplum/core 4.x Hl7Message: it adds what the library lacks (escapes, null rules, checks on MSH)
// and exposes the few fields Vigil reads. No other file reads HL7 text.
import { Hl7Message, type Hl7Field, type Hl7Segment } from '@medplum/core';
import type { CodedTriplet } from '../../shared/labs';
import { unescapeField, type Delimiters } from './escape';

export class Hl7ParseError extends Error {
  constructor(
    /** not_hl7: no MSH at the start; malformed: an MSH we cannot read. */
    readonly kind: 'not_hl7' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'Hl7ParseError';
  }
}

export interface Hl7Equipment {
  readonly id: string | null;
  readonly name: string | null;
}

export interface Hl7Obx {
  readonly setId: number | null;
  readonly valueType: string | null;
  /** OBX-3.1–3 (first triplet) and OBX-3.4–6 (alternate). */
  readonly coded: CodedTriplet;
  readonly alternate: CodedTriplet | null;
  /** OBX-4 containment sub-id, e.g. 1.3.1.150456. */
  readonly subId: string | null;
  /** OBX-5 as the expected files define it: a number for NM, else the decoded field text. */
  readonly value: number | string | null;
  /** OBX-5 decoded text, also for NM. */
  readonly valueText: string | null;
  /** OBX-6.1–3. */
  readonly unit: CodedTriplet;
  readonly referenceRange: string | null;
  /** OBX-8 repetitions. */
  readonly abnormalFlags: readonly string[];
  readonly status: string | null;
  /** OBX-14 raw DTM. */
  readonly time: string | null;
  readonly equipment: Hl7Equipment | null;
  /** OBX-20 body site text (or code). */
  readonly bodySite: string | null;
  /** Index of the OBR this OBX follows, -1 before any OBR. */
  readonly group: number;
}

export interface Hl7Obr {
  readonly placerId: string | null;
  readonly fillerId: string | null;
  readonly service: CodedTriplet;
  /** OBR-7 raw DTM. */
  readonly time: string | null;
}

export interface ParsedHl7 {
  readonly delimiters: Delimiters;
  /** MSH-9 code^event, e.g. ORU^R01 (the structure, MSH-9.3, left out). */
  readonly messageType: string | null;
  readonly structure: string | null;
  readonly controlId: string | null;
  readonly sendingApplication: string | null;
  readonly sendingFacility: string | null;
  /** MSH-3.2 universal id of the sending application (a gateway's EUI-64). */
  readonly sendingApplicationId: string | null;
  readonly messageTime: string | null;
  readonly processingId: string | null;
  readonly version: string | null;
  readonly acceptAck: string | null;
  readonly applicationAck: string | null;
  readonly charset: string | null;
  readonly profile: string | null;
  readonly hasPid: boolean;
  /** PID-3 first repetition, component 1. */
  readonly patientId: string | null;
  /** Component 1 of every PID-3 repetition that has one. */
  readonly patientIds: readonly string[];
  readonly bed: string | null;
  readonly obr: readonly Hl7Obr[];
  readonly observations: readonly Hl7Obx[];
  /** The library's message, for building the ACK. */
  readonly message: Hl7Message;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Parses one message's text; throws Hl7ParseError when it is not HL7 or its MSH cannot be read. */
export function parseHl7(text: string): ParsedHl7 {
  const body = text.replace(/^[\r\n]+/, '');
  const delimiters = checkMsh(body);
  const parsed = Hl7Message.parse(body);
  const message = new Hl7Message(
    parsed.segments.filter((s) => s.name !== ''),
    parsed.context,
  );
  const r = new Reader(delimiters);
  const msh = message.segments[0]!;
  const pid = message.getSegment('PID');
  const pv1 = message.getSegment('PV1');
  const { obr, observations } = readResults(message, r);
  return {
    delimiters,
    messageType: joinDefined(r.comp(msh, 9, 1), r.comp(msh, 9, 2)),
    structure: r.comp(msh, 9, 3),
    controlId: r.comp(msh, 10, 1),
    sendingApplication: r.comp(msh, 3, 1),
    sendingFacility: r.comp(msh, 4, 1),
    sendingApplicationId: r.comp(msh, 3, 2),
    messageTime: r.comp(msh, 7, 1),
    processingId: r.comp(msh, 11, 1),
    version: r.comp(msh, 12, 1),
    acceptAck: r.comp(msh, 15, 1),
    applicationAck: r.comp(msh, 16, 1),
    charset: r.comp(msh, 18, 1),
    profile: r.comp(msh, 21, 1),
    hasPid: pid !== undefined,
    patientId: pid ? r.comp(pid, 3, 1) : null,
    patientIds: pid ? r.repetitions(pid, 3).map((rep) => r.decode(rep[0])).filter((id): id is string => id !== null) : [],
    bed: pv1 ? r.text(pv1, 3) : null,
    obr,
    observations,
    message,
  };
}

function checkMsh(body: string): Delimiters {
  if (!body.startsWith('MSH')) throw new Hl7ParseError('not_hl7', 'not an HL7 v2 message: it does not start with an MSH segment');
  const [field, component, repetition, escape, subcomponent] = [...body.slice(3, 8)];
  const all = [field, component, repetition, escape, subcomponent];
  if (all.some((c) => c === undefined || /[A-Za-z0-9\r\n ]/.test(c)) || new Set(all).size !== 5)
    throw new Hl7ParseError('malformed', 'MSH-1/MSH-2 do not hold five distinct delimiter characters');
  return { field: field!, component: component!, repetition: repetition!, escape: escape!, subcomponent: subcomponent! };
}

function readResults(message: Hl7Message, r: Reader): { obr: Hl7Obr[]; observations: Hl7Obx[] } {
  const obr: Hl7Obr[] = [];
  const observations: Hl7Obx[] = [];
  for (const seg of message.segments) {
    if (seg.name === 'OBR') obr.push(readObr(seg, r));
    else if (seg.name === 'OBX') observations.push(readObx(seg, r, obr.length - 1));
  }
  return { obr, observations };
}

function readObr(seg: Hl7Segment, r: Reader): Hl7Obr {
  return { placerId: r.comp(seg, 2, 1), fillerId: r.comp(seg, 3, 1), service: r.triplet(seg, 4, 1), time: r.comp(seg, 7, 1) };
}

function readObx(seg: Hl7Segment, r: Reader, group: number): Hl7Obx {
  const valueType = r.comp(seg, 2, 1);
  const valueText = r.text(seg, 5);
  const setId = r.comp(seg, 1, 1);
  const alternate = r.triplet(seg, 3, 4);
  const equipmentId = r.comp(seg, 18, 1);
  const equipmentName = r.comp(seg, 18, 2);
  return {
    setId: setId !== null && /^\d+$/.test(setId.trim()) ? Number(setId.trim()) : null,
    valueType,
    coded: r.triplet(seg, 3, 1),
    alternate: alternate.code ?? alternate.text ? alternate : null,
    subId: r.comp(seg, 4, 1),
    value: valueType === 'NM' ? toNumber(valueText) : valueText,
    valueText,
    unit: r.triplet(seg, 6, 1),
    referenceRange: r.text(seg, 7),
    abnormalFlags: r.repetitions(seg, 8).map((rep) => r.decode(rep[0])).filter((f): f is string => f !== null),
    status: r.comp(seg, 11, 1),
    time: r.comp(seg, 14, 1),
    equipment: equipmentId ?? equipmentName ? { id: equipmentId, name: equipmentName } : null,
    bodySite: r.comp(seg, 20, 2) ?? r.comp(seg, 20, 1),
    group,
  };
}

/** NM text to a number; null when empty or not a plain HL7 number. */
export function toNumber(text: string | null): number | null {
  return text !== null && NUMBER.test(text) ? Number(text) : null;
}

const joinDefined = (a: string | null, b: string | null): string | null => (a === null ? null : b === null ? a : `${a}^${b}`);

/** Field access with the null rules of the expected files: empty and `""` become null, nothing is trimmed. */
class Reader {
  constructor(private readonly d: Delimiters) {}

  private field(seg: Hl7Segment, index: number): Hl7Field | undefined {
    return index < 1 ? undefined : (seg.getField(index) as Hl7Field | undefined);
  }

  repetitions(seg: Hl7Segment, index: number): string[][] {
    return this.field(seg, index)?.components ?? [];
  }

  decode(raw: string | undefined): string | null {
    if (raw === undefined || raw === '' || raw === '""') return null;
    const text = unescapeField([[raw]], this.d);
    return text === '' ? null : text;
  }

  /** Component `c` (1-based) of the first repetition, subcomponents decoded and kept. */
  comp(seg: Hl7Segment, index: number, c: number): string | null {
    return this.decode(this.repetitions(seg, index)[0]?.[c - 1]);
  }

  /** The whole field (all repetitions), decoded per leaf, separators kept. */
  text(seg: Hl7Segment, index: number): string | null {
    const reps = this.repetitions(seg, index);
    if (reps.length === 0) return null;
    const raw = reps.map((rep) => rep.join(this.d.component)).join(this.d.repetition);
    if (raw === '' || raw === '""') return null;
    const text = unescapeField(reps, this.d);
    return text === '' ? null : text;
  }

  triplet(seg: Hl7Segment, index: number, first: number): CodedTriplet {
    return { code: this.comp(seg, index, first), text: this.comp(seg, index, first + 1), system: this.comp(seg, index, first + 2) };
  }
}
