/**
 * Registers a tag idempotently (the Shoelace idiom): the same class twice is a no-op, a tag taken by
 * another copy of the kit gives a warning instead of an exception, because a municipality's portal and a
 * vendor's meeting system may both load the kit on one page. Safe to import during server rendering.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`<${tag}> is already defined by another copy of @digikokous/components; the first one is kept.`);
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch {
    // The class is already registered under another tag: register a subclass instead.
    customElements.define(tag, class extends ctor {});
  }
}
