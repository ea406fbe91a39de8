// `vigil report handover` on a seeded 14-day DEMO episode, read back from the PDF with pdftotext: every section,
// the patient, DEMO and "Page X of N" on every page, Day +13, grades "suggested (not confirmed)", vitals min/max equal
// to `vigil export` for the same window, labs with arrows, "none" for empty parts, a window without data saying so,
// Letter paper, the audit entry with the file's SHA-256, page 1 kept as a PNG; bad input is one line and exit 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, set, startOfDay } from 'date-fns';
import { runVigil } from '../helpers/cli';
import { isoOf, pinnedLocal } from '../helpers/clock';
import { artifactPath } from '../helpers/browser';

const MRN = 'DEMO-R';
const dir = mkdtempSync(join(tmpdir(), 'vigil-report-cli-'));
const db = join(dir, 'demo.db');

const SECTIONS = [
  'I: Illness severity',
  'P: Patient summary',
  'A: Action list',
  'S: Situation awareness and contingency planning',
  'Vital signs in this window',
  'Labs: latest against previous',
  'Treatments given in this window',
  'CRS and ICANS grades: timeline of this window',
  'Flags raised in this window',
  'S: Synthesis by receiver',
];

/** A time as the report prints it: "(14:05)" on the report's day, "(25 Nov 2026 14:05)" otherwise. */
const AT = String.raw`\((?:\d+ \S+ \d{4} )?\d\d:\d\d\)`;

interface Printed {
  out: string;
  pages: number;
  sha256: string;
  from: string;
  to: string;
}

/** The DEMO ends and the report is printed at 18:59 local: the day shift 07:00–19:00 is the one ending. */
const NOW = pinnedLocal(18, 59);

async function report(name: string, extra: string[] = []): Promise<{ printed: Printed; text: string; pages: string[] }> {
  const out = join(dir, name);
  const r = await runVigil(['report', 'handover', '--db', db, '--mrn', MRN, '--out', out, '--now', isoOf(NOW), ...extra], { timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
  const printed = JSON.parse(r.stdout.trim()) as Printed;
  expect(printed.out).toBe(out);
  expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(printed.sha256);
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBe(printed.pages);
  return { printed, text, pages };
}

function query<T>(sql: string, ...args: unknown[]): T {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).get(...args) as T;
  } finally {
    conn.close();
  }
}

/** The first line of text under a heading. */
function after(text: string, heading: string): string {
  const i = text.indexOf(heading);
  expect(i, heading).toBeGreaterThanOrEqual(0);
  return text.slice(i + heading.length).split('\n').map((l) => l.trim()).filter(Boolean)[0] ?? '';
}

describe('vigil report handover (14-day DEMO episode)', () => {
  let infusion: number;

  beforeAll(async () => {
    const seeded = await runVigil(['demo', '--db', db, '--mrn', MRN, '--days', '14', '--interval', '10', '--now', isoOf(NOW)], { timeoutMs: 240_000 });
    expect(seeded.code, seeded.stderr).toBe(0);
    infusion = query<{ infusion_ms: number }>('SELECT infusion_ms FROM episodes').infusion_ms;
  }, 300_000);

  it('prints the shift that is ending with every section, DEMO and page X of N on every page, and records it', async () => {
    const { printed, text, pages } = await report('handover.pdf');
    for (const heading of SECTIONS) expect(text, heading).toContain(heading);
    expect(text).toContain('MRN DEMO-R');
    expect(text).toContain('Day +13');
    expect(text).toContain('(the shift being handed over)');
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/\bDEMO\b/);
      expect(page, `page ${i + 1}`).toContain('MRN DEMO-R');
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${printed.pages}`);
      expect(page, `page ${i + 1}`).toMatch(/Printed by vigil report \(.+\) at /);
    });
    expect(text).toMatch(/CRS: Grade \d suggested \(not confirmed\)/);
    expect(text).toMatch(/ICANS: Grade \d suggested \(not confirmed\)/);
    // Empty parts say "none" (no treatment, pending lab or gap in the last shift of the demo).
    expect(after(text, 'Treatments given in this window').trim()).toBe('none');
    expect(after(text, 'Pending lab results').trim()).toBe('none');
    expect(after(text, 'Monitor data gaps').trim()).toBe('none');
    // Labs, latest against previous, with a written arrow on every row; no row is cut by a page break (each of the
    // 25 demo tests and 8 monitor params is one whole line: name, values, and the last column).
    const labLines = text.split('\n').filter((l) => /^\s*(CRP|Ferritin|Platelets|Creatinine) \(/.test(l));
    expect(labLines).toHaveLength(4);
    for (const line of labLines) expect(line).toMatch(/(↑ higher|↓ lower|→ unchanged)/);
    expect(text.split('\n').filter((l) => new RegExp(`${AT}\\s+.*${AT}\\s+(↑ higher|↓ lower|→ unchanged)\\s+\\S+`).test(l))).toHaveLength(25);
    expect(text.split('\n').filter((l) => new RegExp(`^\\s*(HR|Pulse|SpO₂|RR|Temp|NIBP sys|NIBP dia|NIBP mean) \\([^)]+\\)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+ ${AT}\\s+\\d+\\s*$`).test(l))).toHaveLength(8);

    // The vitals agree with the stored data of the same window (vigil export, raw rows).
    const exported = await runVigil(['export', '--db', db, '--from', printed.from, '--to', printed.to, '--params', 'hr'], { timeoutMs: 60_000 });
    const hr = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { value: number | null; status: string }).filter((o) => o.status === 'valid' && o.value !== null).map((o) => o.value!);
    const row = new RegExp(`^\\s*HR \\(/min\\)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+) ${AT}\\s+(\\d+)\\s*$`, 'm').exec(text);
    expect(row, 'HR row').not.toBeNull();
    expect([Number(row![1]), Number(row![2]), Number(row![4])]).toEqual([Math.round(Math.min(...hr)), Math.round(Math.max(...hr)), hr.length]);

    // The audit trail has this print: window and the SHA-256 of the file.
    const audit = query<{ after_json: string; staff_id: number | null }>("SELECT after_json, staff_id FROM audit_log WHERE action = 'print_handover' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit.after_json)).toMatchObject({ sha256: printed.sha256, pages: printed.pages, format: 'A4', fromIso: printed.from, toIso: printed.to, via: 'cli' });
    expect(execFileSync('pdfinfo', [printed.out], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

    // Page 1 kept as a picture for people to look at.
    const png = artifactPath('handover-page1');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', printed.out, png]);
    expect(existsSync(`${png}.png`)).toBe(true);
  }, 120_000);

  it('prints an explicit window during the CRS on Letter: treatments, a suggested grade above 0, rising labs', async () => {
    const from = set(addDays(startOfDay(infusion), 1), { hours: 7 }).getTime();
    const to = set(addDays(startOfDay(infusion), 2), { hours: 19 }).getTime();
    const { printed, text } = await report('crs.pdf', ['--from', new Date(from).toISOString(), '--to', new Date(to).toISOString(), '--format', 'Letter']);
    expect([printed.from, printed.to]).toEqual([new Date(from).toISOString(), new Date(to).toISOString()]);
    expect(execFileSync('pdfinfo', [printed.out], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(text).not.toContain('(the shift being handed over)');
    const treatments = text.slice(text.indexOf('Treatments given in this window'), text.indexOf('CRS and ICANS grades: timeline'));
    expect(treatments).toMatch(/Tocilizumab/);
    expect(treatments).toMatch(/fluid bolus 500 mL/);
    expect(text).toMatch(/CRS: Grade [1-4] suggested \(not confirmed\)/);
    expect(text).toMatch(/CRP \(mg\/L\).*↑ higher/);
    expect(text).toContain('Day +2');
  }, 120_000);

  it('says so when the window has no data', async () => {
    const { text } = await report('empty.pdf', ['--from', '2020-01-01T07:00:00Z', '--to', '2020-01-01T19:00:00Z']);
    expect(text).toContain('No monitor data in this window');
    for (const heading of ['Treatments given in this window', 'Labs: latest against previous', 'Flags raised in this window', 'Events of this window'])
      expect(after(text, heading).trim(), heading).toBe('none');
  }, 120_000);

  it('refuses bad input with one line on stderr and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--db', db, '--mrn', 'SOMEONE-ELSE', '--out', join(dir, 'x.pdf')], /MRN SOMEONE-ELSE is not the admitted or most recent patient .*MRN DEMO-R/],
      [['--db', db, '--mrn', MRN], /--out FILE\.pdf is required/],
      [['--db', join(dir, 'missing.db'), '--mrn', MRN, '--out', join(dir, 'x.pdf')], /--db not found/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--format', 'A3'], /--format must be A4 or Letter/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--from', '2026-01-01T07:00:00Z'], /both --from and --to/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--from', '2026-01-01T07:00', '--to', '2026-01-01T19:00'], /ISO-8601 time with a zone/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--chromium', join(dir, 'no-chromium')], /Chromium not found at .*no-chromium/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--now', 'yesterday'], /--now must be an ISO-8601 time with a zone/],
      [['--db', db, '--mrn', MRN, '--out', join(dir, 'x.pdf'), '--chromium', '/bin/false'], /^vigil report: Chromium at \/bin\/false did not start: it exited with code 1$/m],
    ];
    for (const [args, message] of cases) {
      const r = await runVigil(['report', 'handover', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  }, 180_000);
});
