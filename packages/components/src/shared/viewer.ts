import { createContext } from '@lit/context';

/**
 * Who is looking: identity, role and rights. Given as the `viewer` property of a component or provided
 * once for a subtree through `@lit/context` (`viewerContext`).
 */
export interface Viewer {
  /** The person's id in the meeting data (never a henkilötunnus). */
  id?: string;
  name?: string;
  /** The role in this meeting; the chair (puheenjohtaja) sees the chair's controls. */
  role?: 'chair' | 'member' | 'deputy' | 'official' | 'secretary' | 'public';
  /** Whether the viewer has the right to vote in this body (KL 104 §). */
  votingRight?: boolean;
  /** Whether the viewer may see confidential content (JulkL 621/1999 22 §, 23 §). */
  mayViewConfidential?: boolean;
}

/** The context key; `Symbol.for` so that two copies of the kit on a page share it. */
export const viewerContext = createContext<Viewer | undefined>(Symbol.for('dk-viewer'));
