// `vigil fhir export` of the DEMO episode validates resource by resource with a real FHIR R4 validator (base and
// vital-signs profiles) plus Vigil's own code bindings; `vigil fhir push` stores it in a real FHIR server, and a search
// by patient returns every Observation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';
import { fhirErrors, startFhirServer, type TestFhirServer } from '../helpers/fhir';
import { bindingProblems } from '../../electron/station/fhir/bindings';
import { buildEpisodeBundle, type FhirBundle, type FhirResource } from '../../electron/station/fhir/bundle';
import { LOCAL_CODES } from '../../shared/hl7/localCodes';

const NOW = '2026-11-26T10:00:00Z';

describe('vigil fhir export / push', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fhir-'));
  const db = join(dir, 'demo.db');
  const out = join(dir, 'bundle.json');
  let bundle: FhirBundle;
  let server: TestFhirServer;

  beforeAll(async () => {
    expect((await runVigil(['demo', '--db', db, '--mrn', 'DEMO-1', '--days', '1', '--interval', '30', '--now', NOW], { timeoutMs: 120_000 })).code).toBe(0);
    server = await startFhirServer();
  }, 150_000);
  afterAll(async () => server?.close());

  it('writes a transaction Bundle of the DEMO episode that validates with zero errors and holds to Vigil\'s bindings', async () => {
    const result = await runVigil(['fhir', 'export', '--db', db, '--mrn', 'DEMO-1', '--vitals', '10m', '--out', out], { timeoutMs: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    bundle = JSON.parse(readFileSync(out, 'utf8')) as FhirBundle;
    expect(JSON.parse(result.stdout)).toMatchObject({ out, entries: bundle.entry.length });
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    const errors = bundle.entry.flatMap((e, i) => fhirErrors(e.resource).map((error) => `entry ${i} ${e.resource.resourceType}: ${error}`));
    expect(errors).toEqual([]);
    expect(bindingProblems(bundle)).toEqual([]);

    const resources = bundle.entry.map((e) => e.resource);
    const profiled = (name: string) => resources.filter((r) => (r.meta as { profile?: string[] } | undefined)?.profile?.[0]?.endsWith(`/${name}`));
    for (const name of ['heartrate', 'resprate', 'oxygensat', 'bodytemp', 'vitalsigns']) expect(profiled(name).length, name).toBeGreaterThan(0);
    expect(resources.find((r) => r.resourceType === 'Patient')).toMatchObject({ identifier: [{ value: 'DEMO-1' }] });
    expect(resources.filter((r) => (r.category as { coding: { code: string }[] }[] | undefined)?.[0]?.coding[0]?.code === 'laboratory').length).toBeGreaterThan(0);
    const infusion = resources.find((r) => (r.category as { coding?: { code: string }[] } | undefined)?.coding?.[0]?.code === LOCAL_CODES.carTInfusion.code)!;
    expect(infusion).toMatchObject({ resourceType: 'MedicationAdministration', contained: [{ resourceType: 'Medication', batch: { lotNumber: expect.any(String) } }] });
    const suggested = resources.filter((r) => (r.code as { coding: { code: string }[] } | undefined)?.coding[0]?.code === LOCAL_CODES.crsSuggested.code);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((r) => r.status === 'preliminary')).toBe(true);
    expect(suggested.every((r) => (r.note as { text: string }[])[0]!.text.startsWith('evidence: Grade '))).toBe(true);
  }, 120_000);

  it('a confirmed grade is final, "not assessable" is a data-absent reason, and a bogus status or unit is caught', () => {
    const record = {
      patient: { mrn: 'M1', name: 'Test Patient', birthDate: '1960-01-02', sex: 'female' },
      episode: { id: 1, admittedAt: Date.parse(NOW), dischargedAt: null, isDemo: false },
      infusion: null,
      vitals: [],
      labs: [],
      ice: [],
      documentation: [
        { kind: 'grade' as const, scale: 'crs' as const, stage: 'confirmed' as const, grade: 2, time: Date.parse(NOW), by: 'Dr Rao' },
        { kind: 'grade' as const, scale: 'icans' as const, stage: 'suggested' as const, grade: null, time: Date.parse(NOW) },
      ],
    };
    const built = buildEpisodeBundle(record);
    const [confirmed, notAssessable] = built.entry.slice(2).map((e) => e.resource);
    expect(confirmed).toMatchObject({ status: 'final', valueInteger: 2, note: [{ text: 'documented by Dr Rao' }] });
    expect(notAssessable).toMatchObject({ status: 'preliminary', dataAbsentReason: { text: 'not assessable' } });
    expect(notAssessable).not.toHaveProperty('valueInteger');
    expect(built.entry.flatMap((e) => fhirErrors(e.resource))).toEqual([]);
    expect(bindingProblems(built)).toEqual([]);

    const bogus = { ...built, entry: built.entry.map((e, i) => (i === 2 ? { ...e, resource: { ...e.resource, status: 'bogus' } as FhirResource } : e)) };
    expect(fhirErrors(bogus.entry[2]!.resource)).toEqual([]); // the validator alone lets it through …
    expect(bindingProblems(bogus)).toEqual([expect.stringMatching(/entry 2 \(Observation\): status "bogus"/)]); // … the binding check does not
    expect(fhirErrors({ ...confirmed!, valueInteger: 'two' } as FhirResource).join(' ')).toMatch(/valueInteger|Invalid/);
  });

  it('pushes the Bundle to a FHIR server, every entry accepted, and a search by patient returns every Observation', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'secret-token\n');
    const pushed = await runVigil(['fhir', 'push', '--to', server.url, '--token', tokenFile, out], { timeoutMs: 120_000 });
    expect(pushed.stderr).toBe('');
    expect(pushed.code).toBe(0);
    expect(JSON.parse(pushed.stdout)).toEqual({ to: server.url, http: 200, entries: bundle.entry.length, accepted: bundle.entry.length });
    expect(server.requests[0]).toMatchObject({ method: 'POST', authorization: 'Bearer secret-token' });

    const patients = await (await fetch(`${server.url}Patient?identifier=urn:vigil:mrn|DEMO-1`)).json() as { entry: { resource: { id: string } }[] };
    expect(patients.entry).toHaveLength(1);
    const expected = bundle.entry.filter((e) => e.resource.resourceType === 'Observation').length;
    const found = await (await fetch(`${server.url}Observation?subject=Patient/${patients.entry[0]!.resource.id}&_count=5000&_total=accurate`)).json() as { total?: number; entry?: unknown[] };
    expect(found.entry).toHaveLength(expected);
  }, 120_000);

  it('bad input gets one line and exit 2', async () => {
    expect(await runVigil(['fhir', 'export', '--db', db, '--mrn', 'NOBODY', '--out', join(dir, 'x.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no patient with MRN NOBODY/) });
    expect(await runVigil(['fhir', 'export', '--db', db, '--mrn', 'DEMO-1', '--vitals', '5m', '--out', join(dir, 'x.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--vitals must be 1m, 10m, each/) });
    expect(await runVigil(['fhir', 'push', '--to', 'ftp://x', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/http\(s\) URL/) });
  }, 60_000);
});
