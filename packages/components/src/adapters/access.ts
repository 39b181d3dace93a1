/**
 * The access rule of the adapters (JulkL 621/1999 22 § 2 mom, 23 §, 24 §; KL 97 §, 98 §; HL 28 §): what of an
 * agenda item a viewer may see. The adapters build every view model through it, so that confidential
 * content never reaches a component, its properties or the DOM of a viewer who may not see it.
 */
import type { Publicity } from '@digikokous/meeting-schema';
import type { MeetingState } from '@digikokous/procedure';
import { viewerMaySee, type Viewer } from '../shared/viewer.js';
import type { ConfidentialityMark, LocalisedText } from '../shared/types.js';

/** The parts of an item an access decision is asked for. */
export type ItemPartName = 'title' | 'background' | 'draftDecision' | 'decision' | 'attachment' | 'proposal';

/** What the host's access decider is asked about: one confidential part of one item. */
export interface AccessQuery {
  itemId: string;
  part: ItemPartName;
  /** The attachment, for `part: 'attachment'`. */
  attachmentId?: string;
  /** The part's publicity (a meeting-schema `Publicity`, as `decideAccess` of `@digikokous/security` takes it). */
  publicity: Publicity;
}

/**
 * The host's decision for a part, e.g. `(q) => decideAccess({ viewer, meeting, item, part: q })` of
 * `@digikokous/security`. Only `true` or `{ allow: true }` allows; anything else, or a throw, refuses.
 */
export type AccessDecider = (query: AccessQuery) => boolean | { readonly allow: boolean } | undefined;

/** Who the view is built for. Without a viewer every adapter builds the public view. */
export interface ViewerOptions {
  viewer?: Viewer;
  /**
   * The host's access decision (e.g. `decideAccess`). It narrows, never widens: a part is shown only when
   * the viewer may see confidential content (`mayViewConfidential`, not disqualified) **and** it allows.
   */
  access?: AccessDecider;
}

export const isConfidential = (p: Publicity | undefined): p is Extract<Publicity, { bases: unknown }> =>
  p?.status === 'salassa-pidettava' || p?.status === 'osittain-salassa-pidettava';

/** The legal ground of a confidential publicity (JulkL 24 §, 25 §), or `undefined` when public. */
export function confidentialityMark(p: Publicity | undefined, part?: LocalisedText): ConfidentialityMark | undefined {
  if (!isConfidential(p)) return undefined;
  const bases = Array.isArray(p.bases) ? p.bases : [];
  const basis = bases.map((b) => b.citation ?? `${b.law} ${b.section} §`).join(', ');
  return part ? { basis, part } : { basis };
}

/**
 * Whether the viewer of `options` may see a confidential part of an item. Fails closed: no viewer, the
 * public, `mayViewConfidential` not exactly `true`, disqualified in the item (in the viewer or in the replayed
 * state), or a decider that does not say yes.
 */
export function maySee(
  query: AccessQuery,
  options: ViewerOptions | undefined,
  state: MeetingState | undefined,
): boolean {
  const viewer = options?.viewer;
  if (!viewerMaySee(viewer, query.itemId)) return false;
  const id = viewer!.id;
  if (id !== undefined && state?.items.get(query.itemId)?.disqualified.has(id)) return false;
  const decide = options?.access;
  if (decide === undefined) return true;
  try {
    const answer = decide(query);
    return answer === true || (typeof answer === 'object' && answer !== null && answer.allow === true);
  } catch {
    return false;
  }
}

/** The neutral mention of an item whose title is confidential and that has no public title (KL 140 § 1 mom). */
export const CONFIDENTIAL_ITEM: LocalisedText = {
  fi: 'Salassa pidettävä asia',
  sv: 'Sekretessbelagt ärende',
  en: 'Confidential item',
};
