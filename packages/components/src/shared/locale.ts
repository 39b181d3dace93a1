/** The languages every component speaks. Finnish is the default (Kielilaki 423/2003 and the kit's audience). */
export type Locale = 'fi' | 'sv' | 'en';

const SUPPORTED: readonly Locale[] = ['fi', 'sv', 'en'];

/**
 * The locale of the nearest `lang` attribute, crossing shadow roots, so that a component follows
 * the language of the page or the container a vendor put it in. Unknown languages fall back to Finnish.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const primary = (node.getAttribute('lang') ?? '').toLowerCase().split('-')[0] as Locale;
      return SUPPORTED.includes(primary) ? primary : 'fi';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'fi';
}
