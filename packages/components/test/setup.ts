import { afterEach } from 'vitest';
import { fixtureCleanup } from '@open-wc/testing';

// Vitest has no global afterEach, so @open-wc does not register its cleanup by itself (toolchain.md P24).
afterEach(() => fixtureCleanup());
