import { describe, expect, it } from 'vitest';
import { ChromiumStartError, launchFailureReason } from './chromium';

const callLog = (exit: string) => `browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launching> /x --headless\nCall log:\n  - [pid=1] <process did exit: ${exit}>\n`;

describe('a Chromium that does not start', () => {
  it('is one line naming the path and how the process ended', () => {
    expect(new ChromiumStartError('/bin/false', callLog('exitCode=1, signal=null')).message).toBe('Chromium at /bin/false did not start: it exited with code 1');
    expect(launchFailureReason(callLog('exitCode=null, signal=SIGKILL'))).toBe('it was ended by SIGKILL');
    expect(launchFailureReason('browserType.launch: spawn EACCES\nCall log:\n  - <launching> /x')).toBe('spawn EACCES');
  });
});
