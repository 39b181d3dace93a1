// Chromium's own accessibility tree (CDP Accessibility.getFullAXTree) for the test's frame: what a screen
// reader is given, shadow roots included, computed by the browser rather than by axe or by hand.
import { cdp } from 'vitest/browser';

export interface AXNode {
  role: string;
  name: string;
  /** Properties such as checked, disabled, live, level, as CDP reports them. */
  props: Record<string, unknown>;
  nodeId: string;
  parentId?: string;
}

interface RawNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}
interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrame(child, url);
    if (id) return id;
  }
  return undefined;
}

/** The non-ignored nodes of this frame's accessibility tree. */
export async function axTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, location.href);
  if (!frameId) throw new Error(`No CDP frame for ${location.href}`);
  await session.send('Accessibility.enable');
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawNode[] };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      role: n.role?.value ?? '',
      name: n.name?.value ?? '',
      props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
      nodeId: n.nodeId,
      ...(n.parentId ? { parentId: n.parentId } : {}),
    }));
}
