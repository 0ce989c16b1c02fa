import { expect } from 'vitest'

/**
 * A message a facilitator can read: capitalised (or opening with a quoted name), ends with
 * punctuation, short, and free of stack traces, object dumps and raw error codes.
 */
export function expectPlainSentence(message: string): void {
  expect(message).toMatch(/^[A-Z“].*[.!?]$/s)
  expect(message.length).toBeLessThan(600)
  expect(message).not.toMatch(
    /\n\s+at |\[object |undefined|\bnull\b|\bE[A-Z]{3,}\b|TypeError|SyntaxError/
  )
}
