// Issue 14, item 1, with real processes: `vigil station --web 0 --hl7-listen` gets the malformed HTTP and WebSocket
// corpus over raw TCP (including the two requests that used to stop it), gives each its defined answer, and afterwards
// still serves the window, answers an authenticated bridge call and acknowledges HL7 (acquisition never stopped).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { startVigil, type RunningVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { MllpClient } from '../../drivers/hl7/transport';
import { pcd01 } from '../../drivers/hl7/test-support';
import { answerTo, expectedAnswer, malformedCorpus, rawExchange, refusedUpgrade, sendAndReset } from '../../electron/station/server/test-support';

const MRN = 'MRN-0042';
let station: RunningVigil;
let web = { port: 0, token: '' };
let hl7Port = 0;

beforeAll(async () => {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'vigil-webmal-')), 'station.db');
  const db = openDatabase(dbFile);
  admitPatient(db, MRN);
  db.close();
  station = startVigil(['station', '--db', dbFile, '--web', '0', '--hl7-listen', '127.0.0.1:0']);
  const [, port, token] = await station.waitFor(/browser mode at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/);
  web = { port: Number(port), token: token! };
  hl7Port = Number((await station.waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/))[1]);
});
afterAll(async () => {
  await station?.stop();
});

/** Opens the bridge as the window does: the token from the printed address, no Origin (same as a same-origin page). */
function openBridge(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${web.port}/bridge?token=${web.token}`);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function reply(ws: WebSocket, id: number): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (message.type !== 'reply' || message.id !== id) return;
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
  });
}

describe('vigil station --web: no request stops it', () => {
  it('answers each malformed HTTP and WebSocket request of the corpus as defined, within a short bound', async () => {
    for (const entry of malformedCorpus(web)) {
      expect({ entry: entry.name, ...(await answerTo(web.port, entry)) }).toEqual({ entry: entry.name, ...expectedAnswer(entry) });
      expect(station.child.exitCode, `the station exited after "${entry.name}"`).toBeNull();
    }
  });

  it('survives clients that reset the connection while their upgrade is being refused', async () => {
    for (let i = 0; i < 50; i += 1) await sendAndReset(web.port, refusedUpgrade(web.port));
    expect((await rawExchange(web.port, refusedUpgrade(web.port))).status).toBe(403);
    expect(station.child.exitCode).toBeNull();
  });

  it('answers malformed messages over an accepted bridge socket without closing it', async () => {
    const ws = await openBridge();
    for (const junk of ['not json', 'null', '{"type":"call"}', '{"type":"call","id":"7"}']) ws.send(junk);
    const unknown = reply(ws, 1);
    ws.send('{"type":"call","id":1,"method":{"toString":1}}');
    expect(await unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const forbidden = reply(ws, 2);
    ws.send('{"type":"call","id":2,"method":"episode.discharge","input":{"reason":"x"}}');
    expect(await forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    ws.close();
  });

  it('afterwards is still up: serves the window, answers an authenticated call, acknowledges HL7, and logged no failure', async () => {
    expect(station.child.exitCode).toBeNull();
    const page = await rawExchange(web.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\n\r\n`);
    expect(page.status).toBe(200);

    const ws = await openBridge();
    const status = reply(ws, 42);
    ws.send(JSON.stringify({ type: 'call', id: 42, method: 'station.status', input: {} }));
    expect(await status).toMatchObject({ ok: true, result: { patient: expect.objectContaining({ mrn: MRN }) } });
    ws.close();

    const sender = await MllpClient.connect('127.0.0.1', hl7Port);
    await sender.send(new TextEncoder().encode(pcd01('WEB-AFTER-CORPUS', MRN)));
    const [ack] = await sender.waitForFrames(1);
    await sender.close();
    expect(new TextDecoder().decode(ack)).toMatch(/\rMSA\|AA\|WEB-AFTER-CORPUS\|stored 1 vitals/);

    expect(station.stderr()).not.toMatch(/vigil web:/); // every case was answered where it was parsed, not by the safety net
    expect(await station.stop()).toBe(0);
  });
});
