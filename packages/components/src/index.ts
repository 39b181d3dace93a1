/** @packageDocumentation Accessible Lit web components for Finnish municipal meetings. Classes only: import `…/define.js` files to register tags. */
export { DkConfidential } from './confidential/confidential.js';
export { resolveLocale, type Locale } from './shared/locale.js';
