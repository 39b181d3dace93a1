import { createContext } from '@lit/context';

/**
 * Who is looking: identity, role and rights. Given as the `viewer` property of a component or provided
 * once for a subtree through `@lit/context` (`viewerContext`).
 *
 * **Replace, never mutate.** A component re-renders when its `viewer` is set to a new object; changing a
 * field of the object it holds is not seen, so a right taken away would leave confidential content on the
 * screen. Set a new object (`el.viewer = { ...el.viewer, mayViewConfidential: false }`, or
 * `provider.setValue(next)`). In development builds (Lit's dev mode) the kit freezes every viewer it is
 * given and warns once, so that a mutation throws where it is written instead of failing silently.
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
  /**
   * Items in which the viewer is disqualified (esteellinen, HL 434/2003 28 §, KL 97 §): their confidential
   * parts are never shown to the viewer, whatever `mayViewConfidential` says.
   */
  disqualifiedIn?: readonly string[];
}

/** The context key; `Symbol.for` so that two copies of the kit on a page share it. */
export const viewerContext = createContext<Viewer | undefined>(Symbol.for('dk-viewer'));

/**
 * Whether the viewer may see confidential content of an item: only with `mayViewConfidential: true`,
 * never as the public and never in an item the viewer is disqualified in. Fails closed: no viewer, an
 * unknown shape or a truthy non-boolean is a no.
 */
export function viewerMaySee(viewer: Viewer | undefined, itemId?: string): boolean {
  if (viewer == null || typeof viewer !== 'object') return false;
  if (viewer.mayViewConfidential !== true || viewer.role === 'public') return false;
  const dq = viewer.disqualifiedIn;
  if (itemId !== undefined && Array.isArray(dq) && dq.includes(itemId)) return false;
  return true;
}

// Lit's development build defines this global for its own warnings; the production build does not. The kit
// has no build of its own, so it follows Lit's: dev mode is where vendors write their integration.
const devMode = (): boolean => (globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings !== undefined;
let warned = false;

/**
 * Called by the components when their `viewer` changes: in development builds freezes the object (so that a
 * mutation throws in strict code) and warns once per page that viewers are replaced, not mutated.
 */
export function settleViewer(viewer: Viewer | undefined, tag: string): void {
  if (viewer == null || typeof viewer !== 'object' || !devMode()) return;
  if (!Object.isFrozen(viewer)) {
    try {
      Object.freeze(viewer);
      if (Array.isArray(viewer.disqualifiedIn)) Object.freeze(viewer.disqualifiedIn);
    } catch {
      // A Proxy may refuse to be frozen; the warning still tells the developer.
    }
  }
  if (!warned) {
    warned = true;
    console.warn(`<${tag}>: viewer objects are frozen in development builds; replace the viewer, never mutate it.`);
  }
}
