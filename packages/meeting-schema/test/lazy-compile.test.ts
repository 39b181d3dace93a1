import { describe, expect, it } from 'vitest';

describe('start-up: the compiled parsers are built on first use, not at import', () => {
  it('importing the package compiles nothing; each parse function builds only its own parser', async () => {
    const ms = await import('../src/index.js');
    const fx = await import('../src/fixtures/index.js');
    expect(ms.compiledParsersBuilt()).toEqual({ meetingLog: false, minutes: false });
    expect(ms.parseMinutes(fx.councilMinutes).success).toBe(true);
    expect(ms.compiledParsersBuilt()).toEqual({ meetingLog: false, minutes: true });
    expect(ms.parseMeetingLog(fx.councilMeetingLog).success).toBe(true);
    expect(ms.compiledParsersBuilt()).toEqual({ meetingLog: true, minutes: true });
  });
});
