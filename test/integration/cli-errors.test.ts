// Bad input to every command: one clear line on stderr, exit code 2, never a stack trace.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
const notACapture = join(dir, 'notes.txt');
writeFileSync(notACapture, 'this is a shift note, not a monitor capture\n');
const notADatabase = join(dir, 'not.db');
writeFileSync(notADatabase, 'plain text');

describe('vigil command line: bad input', () => {
  it.each([
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown protocol', ['decode', '--protocol', 'acme-9000', notACapture], /unknown protocol "acme-9000"/],
    ['missing capture file', ['decode', '--protocol', 'ge-s5', join(dir, 'missing.raw')], /capture file not found/],
    ['a file that is not a capture', ['decode', '--protocol', 'ge-s5', notACapture], /not a .*capture: no frames found/],
    ['unknown flag', ['decode', '--protocol', 'ge-s5', '--colour', 'red', notACapture], /Unknown option '--colour'/],
    ['a port that cannot be opened', ['station', '--db', join(dir, 's.db'), '--serial', '/dev/no-such-tty', '--protocol', 'ge-s5'], /serial port \/dev\/no-such-tty not found/],
    ['simulate on a missing port', ['simulate', '--protocol', 'ge-s5', '--port', '/dev/no-such-tty'], /\/dev\/no-such-tty was not found/],
    ['unknown scenario', ['simulate', '--protocol', 'ge-s5', '--port', '/dev/null', '--scenario', 'zombie'], /unknown scenario "zombie"/],
    ['export from a missing database', ['export', '--db', join(dir, 'nope.db')], /--db not found/],
    ['export from a file that is not a database', ['export', '--db', notADatabase], /cannot open .* as a Vigil database/],
    ['export with a time without a zone', ['export', '--db', notADatabase, '--from', '2026-11-26T07:00'], /--from must be an ISO-8601 time with a zone/],
    ['export of an unknown param', ['export', '--db', notADatabase, '--params', 'hr,mood'], /unknown param\(s\): mood/],
    ['export in an unknown format', ['export', '--db', notADatabase, '--format', 'xml'], /--format must be ndjson or csv/],
    ['a demo clock without a zone', ['demo', '--db', join(dir, 'd.db'), '--mrn', 'D', '--now', '2026-11-26T05:30'], /--now must be an ISO-8601 time with a zone/],
    ['a station clock that is not a time', ['station', '--db', join(dir, 's.db'), '--now', 'tomorrow'], /--now must be an ISO-8601 time with a zone/],
    ['a station name that is empty', ['station', '--db', join(dir, 's.db'), '--name', '  '], /--name must not be empty/],
    ['an NIBP cycle that is not a number', ['station', '--db', join(dir, 's.db'), '--nibp-cycle', 'five'], /--nibp-cycle must be a positive number of seconds/],
    ['audit without verify', ['audit', '--db', notADatabase], /usage: vigil audit verify --db FILE/],
    ['audit verify of a missing database', ['audit', 'verify', '--db', join(dir, 'nope.db')], /--db not found/],
    ['audit verify of a file that is not a database', ['audit', 'verify', '--db', notADatabase], /cannot open .* as a Vigil database/],
    ['backup without --out', ['backup', '--db', notADatabase], /--out is required/],
    ['backup over an existing file', ['backup', '--db', notADatabase, '--out', notACapture], /already exists: a backup never overwrites a file/],
    ['backup of a file that is not a database', ['backup', '--db', notADatabase, '--out', join(dir, 'b.db')], /cannot open .* as a Vigil database/],
    ['restore from a file that is not a database', ['restore', '--from', notADatabase, '--db', join(dir, 'r.db')], /cannot open .* as a Vigil database/],
    ['restore without --db', ['restore', '--from', notADatabase], /--db is required/],
  ])('%s', async (_name, args, message) => {
    const result = await runVigil(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // One line; an unknown command also gets the usage text after its line.
    if (args[0] !== 'frobnicate') expect(result.stderr.trim().split('\n')).toHaveLength(1);
    else expect(result.stderr.trim().split('\n')[1]).toMatch(/^usage: vigil/);
  });
});
