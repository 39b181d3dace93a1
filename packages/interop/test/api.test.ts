import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports the pinned names', () => {
    for (const name of [
      'importDynasty',
      'importTweb',
      'importCaseM',
      'toOParl',
      'toOpenDecisionApi',
      'toICalendar',
      'main',
      'readFolder',
      'toMeetingSchemaRecords',
      'parseProceedings',
      'NameResolver',
      'toMeetingDataset',
      'parseMeetingDataset',
      'fromMeetingDataset',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('importTweb is asynchronous and the other importers are not', async () => {
    expect(api.importTweb([])).toBeInstanceOf(Promise);
    expect(api.importDynasty([]).meetings).toEqual([]);
    expect(api.importCaseM({}).bodies).toEqual([]);
    expect((await api.importTweb([])).format).toBe('digikokous-interop');
    expect((await api.importTweb([])).dataset.format).toBe(api.MEETING_DATASET_FORMAT);
    expect(api.parseMeetingDataset(api.importCaseM({}).dataset).success).toBe(true);
  });
});
