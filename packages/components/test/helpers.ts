/** The focused element, looking through shadow roots. */
export function activeDeep(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text of an element's shadow root and of nested kit elements' shadow roots. */
export function deepText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return el.textContent ?? '';
  return [
    root.textContent,
    ...[...root.querySelectorAll('*')].filter((c) => c.shadowRoot).map((c) => deepText(c)),
  ].join(' ');
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
