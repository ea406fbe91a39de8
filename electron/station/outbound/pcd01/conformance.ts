// The PCD-01 rules of ../shared/docs/hl7.md (MSH-21 profile, OBX-3 MDC, OBX-6 UCUM, OBX-18 equipment) checked on a
// message as the project's own parser reads it: every message Vigil sends must come back with no problem.
import type { Hl7Obx, ParsedHl7 } from '../../../../drivers/hl7/adapter';
import { parseHl7Time } from '../../../../drivers/hl7/dtm';
import { MDC_VITALS, unitToUcum } from '../../../../drivers/hl7/mdc';
import { isLocalCode, VIGIL_CODE_SYSTEM, VIGIL_LAB_CODE_SYSTEM } from '../../../../shared/hl7/localCodes';
import { labTestByCode } from '../../../../shared/labs';
import { MONITORING_SERVICE, PCD01_PROFILE } from './encode';

const DEVICE_STATUSES = new Set(['R', 'F', 'X']);
const DOCUMENTATION_STATUSES = new Set(['P', 'F', 'X']);
/** Annotations ({grade}) and the units Vigil stores: a small UCUM shape check, no full grammar. */
const UCUM_SHAPE = /^(\{[a-z]+\}|[A-Za-z0-9%/.[\]*^-]+)$/;

/** The problems with one message; empty when it conforms. */
export function pcd01Problems(p: ParsedHl7): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  need(p.messageType === 'ORU^R01' && p.structure === 'ORU_R01', `MSH-9 is ${p.messageType}^${p.structure}, not ORU^R01^ORU_R01`);
  need(p.version === '2.6', `MSH-12 is ${p.version}, not 2.6`);
  need(p.controlId !== null && p.controlId.length <= 20, 'MSH-10 is empty or longer than 20 characters');
  need(p.message.header.getComponent(21, 3) === PCD01_PROFILE.oid, `MSH-21 does not name the PCD-01 profile ${PCD01_PROFILE.oid}`);
  need(parseHl7Time(p.messageTime)?.zoned === true, 'MSH-7 is not a time with a zone');
  need(p.hasPid && p.patientId !== null, 'PID-3 (the patient id) is missing');
  need(p.obr.length > 0, 'no OBR segment');
  const setIds = p.observations.map((o) => o.setId);
  need(setIds.every((id, i) => id === i + 1), 'OBX-1 set ids are not 1, 2, 3 … in order');
  p.observations.forEach((obx, i) => {
    const where = `OBX ${i + 1}`;
    if (obx.group < 0) return problems.push(`${where}: before any OBR`);
    const device = p.obr[obx.group]!.service.code === MONITORING_SERVICE.code;
    problems.push(...(device ? deviceRowProblems(obx) : documentationRowProblems(obx)).map((x) => `${where}: ${x}`));
  });
  return problems;
}

function deviceRowProblems(obx: Hl7Obx): string[] {
  const problems: string[] = [];
  if (!obx.equipment?.id) problems.push('OBX-18 (equipment) is empty');
  if (!DEVICE_STATUSES.has(obx.status ?? '')) problems.push(`OBX-11 is ${obx.status}, not R, F or X`);
  if (obx.valueType === null) {
    if (obx.status !== 'X' || obx.coded.system !== 'MDC') problems.push('a containment row needs an MDC code and status X');
    return problems;
  }
  const code = Number(obx.coded.code);
  if (obx.coded.system !== 'MDC' || MDC_VITALS[code] === undefined) problems.push(`OBX-3 ${obx.coded.code}^${obx.coded.system} is not an MDC vital code`);
  if (obx.alternate && obx.alternate.system !== 'LN') problems.push('the OBX-3 alternate is not LOINC');
  problems.push(...valueProblems(obx));
  return problems;
}

function documentationRowProblems(obx: Hl7Obx): string[] {
  const problems: string[] = [];
  const system = obx.coded.system;
  const known = system === 'LN' || (system === VIGIL_CODE_SYSTEM && isLocalCode(obx.coded.code)) || (system === VIGIL_LAB_CODE_SYSTEM && labTestByCode(obx.coded.code ?? '') !== undefined);
  if (!known) problems.push(`OBX-3 ${obx.coded.code}^${system} is neither LOINC nor in Vigil's local code tables`);
  if (!DOCUMENTATION_STATUSES.has(obx.status ?? '')) problems.push(`OBX-11 is ${obx.status}, not P, F or X`);
  if (obx.valueType === 'NM') problems.push(...valueProblems(obx));
  else if (obx.valueType !== 'ST') problems.push(`OBX-2 is ${obx.valueType}, not NM or ST`);
  return problems;
}

function valueProblems(obx: Hl7Obx): string[] {
  const problems: string[] = [];
  const unit = obx.unit.code;
  if (obx.unit.system !== 'UCUM' || unit === null || !UCUM_SHAPE.test(unit)) problems.push(`OBX-6 ${unit}^${obx.unit.system} is not a UCUM unit`);
  else if (!unit.startsWith('{') && obx.coded.system === 'MDC' && unitToUcum(obx.unit) === null) problems.push(`OBX-6 ${unit} is not a unit Vigil reads`);
  if (obx.status !== 'X' && typeof obx.value !== 'number') problems.push('OBX-5 is not a number');
  if (parseHl7Time(obx.time)?.zoned !== true) problems.push('OBX-14 is not a time with a zone');
  return problems;
}
