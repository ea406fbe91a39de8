// The station's listeners in its status: the browser-mode web server and each MLLP listener are listed as listening
// while they run, and leave the list when closed on purpose (a lost one shows "not listening" until it is back:
// ServiceBoard and keepListening unit tests).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestStation, type TestStation } from '../helpers/station';
import { startWebServer, type RunningWebServer } from '../../electron/station/server/webServer';

let t: TestStation | null = null;
let web: RunningWebServer | null = null;
afterEach(async () => {
  await web?.close();
  await t?.close();
  web = t = null;
});

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-services-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Vigil</title>');
  return dir;
}

describe('station.status services', () => {
  it('lists the web server and the MLLP listener as listening since they started, and drops a closed one', async () => {
    t = await createTestStation();
    const { port: hl7Port } = await t.station.hl7.listen({ host: '127.0.0.1', port: 0 });
    web = await startWebServer({ dispatch: t.station.dispatch, createSession: () => t!.station.createWindowSession(), events: t.station.events, services: t.station.services, rendererDir: rendererDir(), port: 0 });
    const status = await t.as('anonymous').call('station.status', {});
    expect(status.services).toEqual(
      expect.arrayContaining([
        { kind: 'hl7', address: `127.0.0.1:${hl7Port}`, listening: true, since: expect.any(Number) },
        { kind: 'web', address: `127.0.0.1:${web.port}`, listening: true, since: expect.any(Number) },
      ]),
    );
    expect(status.services).toHaveLength(2);
    for (const s of status.services!) expect(s.since).toBeLessThanOrEqual(t.now());
    await web.close();
    web = null;
    expect((await t.as('anonymous').call('station.status', {})).services).toEqual([expect.objectContaining({ kind: 'hl7' })]);
  });
});
