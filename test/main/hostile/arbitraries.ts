import fc from 'fast-check'

/** An object nested `depth` levels deep under `key`, built without recursion. */
function nested(depth: number, key: string): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = key === '[]' ? [value] : { [key]: value }
  // fast-check prints a failing case recursively; a label keeps that from overflowing the stack.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${depth}, '${key}')` })
  return value
}

/**
 * Payloads that pollute Object.prototype if merged naively. Built with JSON.parse so `__proto__` is
 * an own key, as it is after Electron's structured clone of a message from the renderer.
 */
export const pollutingPayloads: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"title":"x","__proto__":{"polluted":"yes"}}'),
  JSON.parse(
    '{"type":"idea.add","roundId":"r","departmentId":"d","text":"x","__proto__":{"polluted":"yes"}}'
  ),
  JSON.parse('{"type":"facts.update","patch":{"__proto__":{"polluted":"yes"},"title":"x"}}'),
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]')
]

/** Strings a hostile or broken renderer might send: huge, control characters, markup, key names. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '__proto__',
    'constructor',
    'prototype',
    '<img src=x onerror=window.__pwned=1>',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://evil.test")',
    '../../../../etc/passwd',
    'x'.repeat(1_000_001),
    'é'.repeat(999_999),
    '😀'.repeat(300_000)
  )
)

/** Any value: wrong types, odd objects, deep nesting, pollution attempts. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 3,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'type', 'id', 'text')),
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true
    })
  },
  fc.constantFrom(
    NaN,
    Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    nested(5_000, 'a'),
    nested(5_000, '[]'),
    ...pollutingPayloads
  )
)
