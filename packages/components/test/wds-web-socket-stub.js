// Stands in for Web Test Runner's server socket under Vitest (see vitest.config.ts).
export function sendMessageWaitForResponse() {
  throw new Error('Web Test Runner server commands are not available under Vitest');
}
