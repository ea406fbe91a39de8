// AttributeLists and the attribute values Vigil reads (monitor-protocols.md 2.6, 2.7).
import { ATTR } from './constants';
import { Reader, Writer } from './bytes';
import { decodeFloat, type FloatValue } from './float';

/** One AVA: attribute_id and its raw value bytes. */
export interface Attribute {
  readonly id: number;
  readonly value: Uint8Array;
}

/** AttributeList = count u16, length u16, count x {attribute_id u16, length u16, value}. */
export function readAttributeList(r: Reader): Attribute[] {
  const count = r.u16();
  const list = r.sub(r.u16());
  const out: Attribute[] = [];
  for (let i = 0; i < count; i++) {
    const id = list.u16();
    out.push({ id, value: list.bytes(list.u16()) });
  }
  return out;
}

export function writeAttributeList(w: Writer, attributes: readonly Attribute[]): void {
  w.u16(attributes.length);
  const done = w.lengthMark();
  for (const a of attributes) w.u16(a.id).u16(a.value.length).bytes(a.value);
  done();
}

export const findAttribute = (list: readonly Attribute[], id: number): Uint8Array | undefined => list.find((a) => a.id === id)?.value;

/** NU_VAL_OBS (2.6): physio_id, MeasurementState, unit_code, FLOAT-Type value. */
export interface NuValue {
  readonly physioId: number;
  readonly state: number;
  readonly unitCode: number;
  /** The FLOAT-Type word as sent. */
  readonly raw: number;
  readonly value: FloatValue;
}

const readNuValue = (r: Reader): NuValue => {
  const physioId = r.u16();
  const state = r.u16();
  const unitCode = r.u16();
  const raw = r.u32();
  return { physioId, state, unitCode, raw, value: decodeFloat(raw) };
};

/** NU_VAL_OBS: one value; NU_CMPD_VAL_OBS: count u16, length u16, count x NU_VAL_OBS (NBP, ABP ...). */
export function readNuValues(attribute: Attribute): NuValue[] {
  const r = new Reader(attribute.value);
  if (attribute.id === ATTR.nuValue) return [readNuValue(r)];
  const count = r.u16();
  const list = r.sub(r.u16());
  return Array.from({ length: count }, () => readNuValue(list));
}

export function nuValueBytes(v: Omit<NuValue, 'value'>): Uint8Array {
  return new Writer().u16(v.physioId).u16(v.state).u16(v.unitCode).u32(v.raw).toBytes();
}

export function compoundBytes(values: readonly Omit<NuValue, 'value'>[]): Uint8Array {
  const w = new Writer().u16(values.length);
  const done = w.lengthMark();
  for (const v of values) w.bytes(nuValueBytes(v));
  done();
  return w.toBytes();
}

/** String (2.6): length u16 in bytes, then UTF-16BE; trailing NULs and spaces are padding. */
export function readLabelString(value: Uint8Array): string {
  const r = new Reader(value);
  const chars = r.sub(Math.min(r.u16(), r.remaining));
  const codes: number[] = [];
  while (chars.remaining >= 2) codes.push(chars.u16());
  return String.fromCharCode(...codes).replace(/[\0 ]+$/, '');
}

export function labelStringBytes(text: string, padTo = 0): Uint8Array {
  const codes = Array.from(text, (c) => c.charCodeAt(0));
  while (codes.length < padTo) codes.push(0);
  const w = new Writer().u16(codes.length * 2);
  for (const c of codes) w.u16(c);
  return w.toBytes();
}

export const u16Bytes = (v: number): Uint8Array => new Writer().u16(v).toBytes();
export const u32Bytes = (v: number): Uint8Array => new Writer().u32(v).toBytes();
export const readU16 = (value: Uint8Array | undefined): number | null => (value && value.length >= 2 ? new Reader(value).u16() : null);
export const readU32 = (value: Uint8Array | undefined): number | null => (value && value.length >= 4 ? new Reader(value).u32() : null);
