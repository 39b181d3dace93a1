import { defaultProcedureRules } from '@digikokous/procedure';
import { describe, expect, it } from 'vitest';
import {
  exampleMeetingRules,
  meetingRulesArticles,
  meetingRulesDocument,
  ProcedureRulesSchema,
  renderMarkdown,
  validateMeetingRules,
} from '../src/index.js';
import { clone, codes } from './helpers.js';

describe('validateMeetingRules: the configuration checked against the law', () => {
  it('the Esimerkkilä configuration is valid', () => {
    expect(validateMeetingRules(exampleMeetingRules)).toMatchObject({ ok: true, issues: [] });
  });

  it('KL 100 § 1 mom: the electronic decision procedure is not allowed for the council', () => {
    const c = clone(exampleMeetingRules);
    c.bodies[0]!.electronicProcedure = true;
    const r = validateMeetingRules(c);
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ path: ['bodies', 0, 'electronicProcedure'], code: 'kl100.public-meeting' });
    expect(r.issues[0]!.message.fi).toContain('Valtuusto ei voi käyttää sähköistä päätöksentekomenettelyä');
    expect(r.issues[0]!.message.sv).toContain('Fullmäktige');
  });

  it('KL 100 § 1 mom with KL 101 § 3 mom: nor for a committee that has made its meetings public', () => {
    const c = clone(exampleMeetingRules);
    c.bodies[2]!.publicMeetings = true;
    expect(validateMeetingRules(c).issues.map((i) => [i.path.join('/'), i.code])).toEqual([
      ['bodies/2/electronicProcedure', 'kl100.public-meeting'],
    ]);
  });

  it('KL 101 § 1 mom and 4 mom: council meetings are public, and the public follows electronic public meetings', () => {
    const c = clone(exampleMeetingRules);
    c.bodies[0]!.publicMeetings = false;
    expect(codes(validateMeetingRules(c))).toEqual(['kl101.council-public']);
    const d = clone(exampleMeetingRules);
    d.electronicMeetings.publicFollowsOnline = false;
    expect(codes(validateMeetingRules(d))).toEqual(['kl101.public-follow']);
  });

  it('KL 105 § 5 mom: closed ballots in electronic meetings need ballot secrecy; the setting can turn them off', () => {
    const c = clone(exampleMeetingRules);
    c.electronicMeetings.platformBallotSecrecy = false;
    expect(codes(validateMeetingRules(c))).toEqual(['kl105.ballot-secrecy']);
    c.procedureRules = { ...(c.procedureRules as object), closedBallotInElectronicMeeting: false };
    expect(validateMeetingRules(c).ok).toBe(true);
  });

  it('fails closed: an unknown or mistyped setting is an error, never ignored', () => {
    const c = clone(exampleMeetingRules);
    c.procedureRules = { invitationLeadDays: 5, allowBalotChange: true };
    const r = validateMeetingRules(c);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.path[0]).toBe('procedureRules');
    c.procedureRules = { councilTablingShare: { numerator: 3, denominator: 2 } };
    expect(codes(validateMeetingRules(c))).toEqual(['rules.tabling-share']);
    c.procedureRules = { defaultVotingMethod: 'secret' };
    expect(validateMeetingRules(c).ok).toBe(false);
  });

  it('the schema covers exactly the settings of the procedure engine', () => {
    expect(Object.keys(ProcedureRulesSchema.shape).sort()).toEqual(Object.keys(defaultProcedureRules).sort());
    expect(ProcedureRulesSchema.safeParse(defaultProcedureRules).success).toBe(true);
  });
});

describe('meetingRulesArticles: the settings written out as hallintosääntö articles', () => {
  it('numbers the articles from firstArticle and names the settings each rests on', () => {
    const arts = meetingRulesArticles(exampleMeetingRules, 'fi');
    expect(arts.map((a) => a.number)).toEqual(arts.map((_, i) => 140 + i));
    expect(arts.flatMap((a) => a.settings)).toEqual(
      expect.arrayContaining(['invitationLeadDays', 'councilTablingShare', 'electronicProcedureDeputies']),
    );
  });

  it('the text follows the settings: invitation days, voting method, tabling share, deputies', () => {
    const c = clone(exampleMeetingRules);
    const fi = (x: typeof c) =>
      meetingRulesArticles(x, 'fi')
        .flatMap((a) => a.paragraphs)
        .join('\n');
    expect(fi(c)).toContain('viimeistään 5 päivää ennen kokousta');
    expect(fi(c)).toContain('vähintään 4 päivää ennen kokousta'); // KL 94 § 4 mom: a constant, not a setting
    expect(fi(c)).toContain('vähintään 1/4 läsnä olevista valtuutetuista');
    c.procedureRules = {
      invitationLeadDays: 7,
      defaultVotingMethod: 'roll-call',
      councilTablingShare: null,
      electronicProcedureDeputies: true,
    };
    expect(fi(c)).toContain('viimeistään 7 päivää');
    expect(fi(c)).toContain('ensisijaisesti nimenhuudolla');
    expect(fi(c)).toContain('Pöydällepanosta päätetään enemmistöpäätöksellä.');
    expect(fi(c)).toContain('Varajäsen voi ilmaista kantansa');
  });

  it('the electronic procedure article lists only the bodies that may use it, never the council', () => {
    const p = meetingRulesArticles(exampleMeetingRules, 'sv').find(
      (a) => a.heading === 'Elektroniskt beslutsförfarande',
    )!;
    expect(p.paragraphs[0]).toBe(
      'Kommunstyrelsen, Bildningsnämnden och Tekniska nämnden kan behandla ärenden i ett elektroniskt beslutsförfarande före sammanträdet. Förfarandet används inte när sammanträdet skulle vara offentligt.',
    );
  });

  it('the document has the settings table with value, default and whether it was changed', () => {
    const md = renderMarkdown(meetingRulesDocument(exampleMeetingRules, 'fi'));
    expect(md).toContain('| invitationLeadDays | 5 | 4 | kyllä |');
    expect(md).toContain('| allowBallotChange | false | false | ei |');
    expect(renderMarkdown(meetingRulesDocument(exampleMeetingRules, 'sv'))).toContain(
      '## 141 § Elektroniskt beslutsförfarande',
    );
  });
});

describe('the settings added to the engine after the first version (authority, onBehalfOf, unsettledTie, proceduralProposals)', () => {
  const text = (c: typeof exampleMeetingRules, lang: 'fi' | 'sv' = 'fi') =>
    meetingRulesArticles(c, lang)
      .flatMap((a) => a.paragraphs)
      .join('\n');

  it('an unsettled tie and ballots on behalf of a member are written out as the engine applies them', () => {
    const c = clone(exampleMeetingRules);
    expect(text(c)).toContain('äänestys toimitetaan uudelleen');
    expect(text(c)).toContain('sihteeri voi kirjata jäsenen äänen');
    c.procedureRules = { unsettledTie: 'chair-states-side', onBehalfOf: [], proceduralProposals: 'in-voting-order' };
    expect(validateMeetingRules(c).ok).toBe(true);
    expect(text(c)).toContain('puheenjohtaja ilmoittaa äänestyksen päättyessä');
    expect(text(c)).toContain('Jäsenen ääntä ei voi kirjata hänen puolestaan.');
    expect(text(c)).toContain('ensimmäisenä äänestysjärjestyksessä');
    expect(text(c, 'sv')).toContain('först i omröstningsordningen');
  });

  it('authority overrides are merged per command; an unknown command or authority fails closed', () => {
    const c = clone(exampleMeetingRules);
    c.procedureRules = { authority: { 'change-attendance': ['secretary'] } };
    expect(validateMeetingRules(c).ok).toBe(true);
    const md = renderMarkdown(meetingRulesDocument(c, 'fi'));
    expect(md).toContain('| change-attendance | sihteeri | kyllä |');
    expect(md).toContain('| close-vote | puheenjohtaja | ei |');
    expect(md).toContain('| authority | muutettu: change-attendance | oletustaulukko | kyllä |');
    c.procedureRules = { authority: { 'launch-rocket': ['presiding'] } };
    expect(validateMeetingRules(c).ok).toBe(false);
    c.procedureRules = { authority: { 'close-vote': ['anyone'] } };
    expect(validateMeetingRules(c).ok).toBe(false);
  });
});
