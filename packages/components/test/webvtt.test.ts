import { describe, it } from 'vitest';
import { expect } from '@open-wc/testing';
import { councilItems, councilMeetingLog } from '@digikokous/meeting-schema/fixtures';
import { formatTimestamp, meetingCues, meetingTracks, parseWebVtt, toWebVtt } from '../src/recording/webvtt.js';

const events = councilMeetingLog.events;
const start = events[0]!.at;
const nameOf = (id: string) => `Henkilö ${id}`;
const secret = councilItems.find((i) => i.publicity.status !== 'julkinen')!;

describe('webvtt', () => {
  it('makes one chapter per § from item-opened and item-closed against the recording start', () => {
    const { chapters } = meetingCues(events, { recordingStart: start, items: councilItems, nameOf });
    const opened = events.filter((e) => e.type === 'item-opened');
    expect(chapters.length).to.equal(opened.length);
    const first = opened[0]!;
    const closed = events.find(
      (e) => e.type === 'item-closed' && e.payload.itemId === (first.payload as { itemId: string }).itemId,
    )!;
    expect(chapters[0]!.start).to.equal((Date.parse(first.at) - Date.parse(start)) / 1000);
    expect(chapters[0]!.end).to.equal((Date.parse(closed.at) - Date.parse(start)) / 1000);
    expect(chapters[0]!.text).to.match(/^§ \d+ /);
  });

  it('titles a confidential § by its public title only (JulkL 22 §)', () => {
    const { chapters } = meetingTracks(events, { recordingStart: start, items: councilItems, nameOf });
    expect(chapters).not.to.contain(secret.title.fi);
    expect(chapters).to.contain(secret.publicTitle!.fi);
  });

  it('makes speaker segments from speaker-granted and speaker-ended', () => {
    const { speakers } = meetingCues(events, { recordingStart: start, items: councilItems, nameOf });
    const granted = events.filter((e) => e.type === 'speaker-granted').length;
    expect(speakers.length).to.be.greaterThan(0);
    expect(speakers.length).to.be.at.most(granted);
    expect(speakers.every((c) => c.end > c.start && c.voice?.startsWith('Henkilö '))).to.equal(true);
  });

  it('clips chapters to a recording that starts late and ends early', () => {
    const opened = events.filter((e) => e.type === 'item-opened');
    const late = opened[1]!.at;
    const { chapters } = meetingCues(events, {
      recordingStart: new Date(Date.parse(late) - 1000).toISOString(),
      recordingEnd: new Date(Date.parse(late) + 5000).toISOString(),
      items: councilItems,
      nameOf,
    });
    expect(chapters.length).to.equal(1);
    expect(chapters[0]).to.include({ start: 1, end: 6 });
  });

  it('escapes text so a cue cannot break the file, and parses its own output back', () => {
    const cues = [
      { start: 0, end: 1.5, text: 'a --> b <script>&', id: 'x' },
      { start: 3661.25, end: 3662, text: 'Ääni', voice: 'Aino <V>' },
    ];
    const vtt = toWebVtt(cues);
    expect(vtt.startsWith('WEBVTT\n\n')).to.equal(true);
    expect(vtt).to.contain('01:01:01.250 --> 01:01:02.000');
    expect(vtt.split('-->').length - 1).to.equal(2);
    expect(vtt).not.to.contain('<script>');
    const back = parseWebVtt(vtt);
    expect(back.skipped).to.equal(0);
    expect(back.cues).to.deep.equal(cues);
    expect(formatTimestamp(-3)).to.equal('00:00:00.000');
  });

  it('reads captions from any source and never throws on hostile input', () => {
    const ok = parseWebVtt(
      'WEBVTT - from a vendor\r\n\r\nNOTE hello\r\n\r\n00:01.000 --> 00:02.000 align:start\r\n<v.loud Eero>Hyvä <b>ehdotus</b>\r\n\r\nbroken\r\n\r\n00:05.000 --> 00:04.000\r\nbackwards\r\n',
    );
    expect(ok.cues).to.deep.equal([{ start: 1, end: 2, text: 'Hyvä ehdotus', voice: 'Eero' }]);
    expect(ok.skipped).to.equal(2);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    for (const input of [
      undefined,
      42,
      hostile,
      'not vtt',
      'WEBVTT\n\n' + '00:00.000 --> 00:01.000\nx\n\n'.repeat(20),
    ]) {
      expect(() => parseWebVtt(input, 5)).not.to.throw();
    }
    expect(parseWebVtt('WEBVTT\n\n' + '00:00.000 --> 00:01.000\nx\n\n'.repeat(20), 5).cues.length).to.equal(5);
  });
});
