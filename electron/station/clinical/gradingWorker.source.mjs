// The grading worker run from source (vigil station, tests): loads its TypeScript through tsx, as bin/vigil.mjs does.
import { register } from 'tsx/esm/api';

register();
await import('./gradingWorker.ts');
