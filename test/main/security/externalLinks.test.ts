import { describe, expect, it, vi } from 'vitest'
import { openExternalSafely, safeExternalUrl } from '../../../src/main/security/externalLinks'

describe('safeExternalUrl: which links the app hands to the system', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/minutes?q=1#top', 'https://example.com/minutes?q=1#top'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    ['mailto:anna@example.com', 'mailto:anna@example.com'],
    ['mailto:anna@example.com?subject=Minutes', 'mailto:anna@example.com?subject=Minutes']
  ])('opens %s', (raw, normalised) => {
    expect(safeExternalUrl(raw)).toBe(normalised)
  })

  it.each([
    ['plain http', 'http://example.com'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'smb://server/share'],
    ['a UNC-style file URL', 'file://server/share/run.exe'],
    ['script', 'javascript:alert(1)'],
    ['script with a newline the parser would strip', 'java\nscript:alert(1)'],
    ['script with leading spaces', '  javascript:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom app scheme', 'zoommtg://join?confno=1'],
    ['another app scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['the app itself', 'app://northstar/index.html'],
    ['ftp', 'ftp://example.com/file'],
    ['credentials hiding the real host', 'https://bank.example.com@evil.com/login'],
    ['a password in the link', 'https://user:secret@example.com/'],
    ['a look-alike host in Cyrillic letters', 'https://exаmple.com/'],
    ['a look-alike host already in punycode', 'https://xn--exmple-4nf.com/'],
    ['a mail link that attaches a local file', 'mailto:a@example.com?attach=/etc/passwd'],
    ['a mail link with no address', 'mailto:'],
    ['no scheme', 'example.com'],
    ['empty', ''],
    ['a huge link', `https://example.com/${'a'.repeat(5_000)}`]
  ])('refuses %s', (_why, raw) => {
    expect(safeExternalUrl(raw)).toBeNull()
  })
})

describe('openExternalSafely', () => {
  it('hands an allowed link, normalised, to the system', async () => {
    const openExternal = vi.fn(() => Promise.resolve())
    await expect(openExternalSafely('https://Example.com', openExternal)).resolves.toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/')
  })

  it('never calls the system for a refused link', async () => {
    const openExternal = vi.fn(() => Promise.resolve())
    await expect(openExternalSafely('file:///bin/sh', openExternal)).resolves.toBe(false)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('reports a link the system failed to open instead of throwing', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')))
    await expect(openExternalSafely('https://example.com', openExternal)).resolves.toBe(false)
  })
})
