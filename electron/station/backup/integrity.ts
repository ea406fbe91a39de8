// PRAGMA integrity_check of a database file, in a worker thread: it reads every page (about a second per 160 MB),
// which on the station's own thread would stall acquisition and HL7 acknowledgements.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

// Plain CommonJS evaluated in the worker, so it needs no build step of its own (tsx, vitest and the Electron bundle alike).
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  try {
    parentPort.postMessage({ result: db.pragma('integrity_check').map((row) => row.integrity_check).join('; ') });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}`;

/** 'ok', or SQLite's list of problems; rejects when the file cannot be opened as a database. */
export function integrityCheck(file: string, nativeBinding?: string): Promise<string> {
  const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { module: sqliteModule, file, nativeBinding } });
    let answer: { result?: string; error?: string } | null = null;
    worker.once('message', (message: { result?: string; error?: string }) => (answer = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer?.result !== undefined) resolve(answer.result);
      else reject(new Error(answer?.error ?? `the integrity check stopped (exit ${code})`));
    });
  });
}
