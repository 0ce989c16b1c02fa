import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/contentSecurityPolicy'

const directives = (policy: string): Map<string, string> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...sources] = d.split(/\s+/)
        return [name, sources.join(' ')]
      })
  )

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('loads scripts only from the app, never inline or eval', () => {
    expect(policy.get('script-src')).toBe("'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/)
  })

  it('forbids plugins, base rewriting, framing and form posts', () => {
    expect(policy.get('object-src')).toBe("'none'")
    expect(policy.get('base-uri')).toBe("'none'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
    expect(policy.get('form-action')).toBe("'none'")
    expect(policy.get('default-src')).toBe("'self'")
  })

  it('matches the <meta> policy in the renderer page (which cannot carry frame-ancestors)', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta, 'src/renderer/index.html declares a CSP <meta>').toBeDefined()
    const expected = new Map(policy)
    expected.delete('frame-ancestors')
    expect(directives(meta!)).toEqual(expected)
  })
})
