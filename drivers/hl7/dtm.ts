// HL7 DTM/TS times to UTC ms. Hand-written because @medplum/core's parseHl7DateTime reads '.5' as 5 ms and never rejects garbage.

export interface Hl7Time {
  /** UTC milliseconds. */
  readonly ms: number;
  /** False when the value had no ±ZZZZ: it was read as the station's local time (hl7.md 5, recorded as an assumption). */
  readonly zoned: boolean;
}

const DTM = /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,4}))?)?)?)?)?)?([+-]\d{4})?$/;

/** Parses one DTM; null when it is empty or not a valid time. */
export function parseHl7Time(value: string | null | undefined): Hl7Time | null {
  const m = value ? DTM.exec(value.trim()) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, zone] = m;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.round(Number(`0.${frac}`) * 1000) : 0] as const;
  if (!validParts(parts)) return null;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
    if (Math.abs(offsetMin) > 14 * 60 || Number(zone.slice(3, 5)) >= 60) return null;
    return { ms: Date.UTC(...parts) - offsetMin * 60_000, zoned: true };
  }
  return { ms: new Date(...parts).getTime(), zoned: false };
}

function validParts([year, month, day, hour, minute, second]: readonly number[]): boolean {
  if (month! < 0 || month! > 11 || hour! > 23 || minute! > 59 || second! > 59 || day! < 1) return false;
  const daysInMonth = new Date(Date.UTC(year!, month! + 1, 0)).getUTCDate();
  return day! <= daysInMonth;
}

/** Formats a UTC time as DTM with milliseconds and +0000 (what our simulator and ACKs send). */
export function formatHl7Time(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-26T07:00:00.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}.${iso.slice(20, 23)}+0000`;
}
