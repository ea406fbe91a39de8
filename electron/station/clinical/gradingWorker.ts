// Worker-thread entry: grades on its own read-only connection (WAL lets it read beside the station's writer), so a
// long re-grade does not hold the station's event loop; it keeps its last run to grade again only from the earliest
// change. The main thread stores the result, as before.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { EntryRepository } from '../episode/entries';
import { errorDetail } from '../../../shared/errors';
import { EpisodeGrader } from './grade';
import type { GradingReply, GradingRequest, GradingWorkerData } from './gradingThread';

const { dbFile, nativeBinding } = workerData as GradingWorkerData;
const db = openDatabase(dbFile, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
const entries = new EntryRepository(db);
const port = parentPort!;
// Kept between gradings: the next one grades again only from the earliest change.
const grader = new EpisodeGrader();

port.on('message', (request: GradingRequest) => {
  let reply: GradingReply;
  try {
    if (request.fresh) grader.forget();
    reply = { id: request.id, result: grader.grade(db, entries, request.episode, request.now, request.config) };
  } catch (error) {
    reply = { id: request.id, error: errorDetail(error) };
  }
  port.postMessage(reply);
});
