import { html, type TemplateResult } from 'lit';
import { fallbackLang, text } from './format.js';
import type { Locale } from './locale.js';
import type { Text } from './types.js';

/**
 * Localised text for a template: a string in the reader's language, or a `<span lang="fi">` when it falls back to
 * Finnish on a Swedish or English page (WCAG 3.1.2).
 */
export function localText(value: Text | undefined, locale: Locale): TemplateResult | string {
  const lang = fallbackLang(value, locale);
  return lang ? html`<span lang=${lang}>${text(value, locale)}</span>` : text(value, locale);
}
