/**
 * The example pages of every deliverable, Finnish and Swedish (the README shows them; the axe test checks them in
 * Chromium). The accessibility statement needs a test report, so it is a function of one.
 */
import { councilMinutes } from '@digikokous/meeting-schema/fixtures';
import {
  accessibilityRequirementsDocument,
  accessibilityStatementDocument,
  generateAccessibilityStatement,
} from './accessibility.js';
import { documentLanguages, type DocumentLanguage, type PlanIssue } from './common.js';
import { continuityPlanDocument } from './continuity.js';
import { render, type RenderedDocument } from './document.js';
import { exampleAccessibilityRequirements, exampleStatementSettings } from './examples/accessibility.js';
import { examplePrograms, esimerkkilaProgramme } from './examples/action-programmes.js';
import { exampleContinuityPlan } from './examples/continuity-plan.js';
import { exampleMeetingRules } from './examples/meeting-rules.js';
import { examplePublicationRules } from './examples/publication-rules.js';
import { exampleSecurityGuidance } from './examples/security-guidance.js';
import { meetingRulesDocument } from './meeting-rules.js';
import {
  computePublicationPlan,
  publicationPlanDocument,
  publicationRulesDocument,
  publishMinutes,
} from './publication.js';
import { securityGuidanceDocument } from './remote-security.js';
import { actionProgrammeDocument, compareProgrammes, comparisonDocument } from './target-state.js';

export type ExamplePageName =
  | 'continuity-plan'
  | 'security-guidance'
  | 'action-programme'
  | 'comparison'
  | 'accessibility-requirements'
  | 'publication-rules'
  | 'publication-plan'
  | 'public-minutes'
  | 'meeting-rules';

/** Every example page that does not need a test report, in both languages. Throws if an example is invalid (a bug). */
export function examplePages(): { name: ExamplePageName; lang: DocumentLanguage; page: RenderedDocument }[] {
  const plan = computePublicationPlan(councilMinutes, { recordingsPublishedOn: ['2026-06-19'] });
  if (!plan.ok) throw new Error(`example publication plan: ${plan.issues.map((i) => i.message.en).join('; ')}`);
  const out: { name: ExamplePageName; lang: DocumentLanguage; page: RenderedDocument }[] = [];
  for (const lang of documentLanguages) {
    const pub = publishMinutes(councilMinutes, { lang, asOf: '2026-06-19', plan: plan.value });
    if (!pub.ok)
      throw new Error(
        `example public minutes: ${pub.issues.map((i) => `${i.path.join('/')} ${i.message.en}`).join('; ')}`,
      );
    out.push(
      { name: 'continuity-plan', lang, page: render(continuityPlanDocument(exampleContinuityPlan, lang)) },
      { name: 'security-guidance', lang, page: render(securityGuidanceDocument(exampleSecurityGuidance, lang)) },
      { name: 'action-programme', lang, page: render(actionProgrammeDocument(esimerkkilaProgramme, lang)) },
      { name: 'comparison', lang, page: render(comparisonDocument(compareProgrammes(examplePrograms), lang)) },
      {
        name: 'accessibility-requirements',
        lang,
        page: render(accessibilityRequirementsDocument(exampleAccessibilityRequirements, lang)),
      },
      { name: 'publication-rules', lang, page: render(publicationRulesDocument(examplePublicationRules, lang)) },
      { name: 'publication-plan', lang, page: render(publicationPlanDocument(plan.value, lang)) },
      { name: 'public-minutes', lang, page: pub.document },
      { name: 'meeting-rules', lang, page: render(meetingRulesDocument(exampleMeetingRules, lang)) },
    );
  }
  return out;
}

/** Esimerkkilä's accessibility statement from a Vitest JSON report of the kit's tests. */
export function exampleStatementPages(
  report: unknown,
): { ok: true; pages: { lang: DocumentLanguage; page: RenderedDocument }[] } | { ok: false; issues: PlanIssue[] } {
  const s = generateAccessibilityStatement({
    requirements: exampleAccessibilityRequirements,
    report,
    settings: exampleStatementSettings,
  });
  if (!s.ok) return { ok: false, issues: s.issues };
  return {
    ok: true,
    pages: documentLanguages.map((lang) => ({ lang, page: render(accessibilityStatementDocument(s.value, lang)) })),
  };
}
