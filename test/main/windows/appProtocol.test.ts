import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/contentSecurityPolicy'
import {
  APP_SCHEME,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppAsset
} from '../../../src/main/windows/appProtocol'

let base: string
let root: string
const serve = (url: string, method = 'GET') =>
  createAppProtocolHandler(root)(new Request(url, { method }))

beforeAll(async () => {
  // out/renderer stand-in, with a secret beside it that must never be served.
  base = await mkdtemp(join(tmpdir(), 'northstar-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Northstar</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'style.css'), 'body{}')
  await writeFile(join(base, 'secret.json'), '{"secret":true}')
  await writeFile(join(base, 'renderer-evil.txt'), 'sibling folder with a shared prefix')
})
afterAll(() => rm(base, { recursive: true, force: true }))

describe('the app protocol', () => {
  it('registers app:// as a standard, secure scheme that other origins cannot read', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true })
      })
    ])
    const registered = protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0]
    expect(registered.privileges).not.toHaveProperty('corsEnabled', true)
    expect(registered.privileges).not.toHaveProperty('bypassCSP', true)
  })

  it('serves the entry page with the CSP header', async () => {
    for (const url of ['app://northstar/', 'app://northstar/index.html']) {
      const response = await serve(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toContain('<title>Northstar</title>')
    }
  })

  it('serves scripts and styles with their types', async () => {
    const script = await serve('app://northstar/assets/index-abc.js?v=1')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    const style = await serve('app://northstar/assets/style.css')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it.each([
    'app://northstar/../secret.json',
    'app://northstar/%2e%2e/secret.json',
    'app://northstar/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://northstar/..%5csecret.json',
    'app://northstar/..%2fsecret.json',
    'app://northstar/assets/..%2f..%2f..%2fsecret.json',
    'app://northstar/%2e%2e/renderer-evil.txt',
    'app://northstar/index.html%00.js',
    'app://northstar/%E0%A4%A',
    'app://other-host/index.html',
    'https://northstar/index.html',
    'app://northstar/missing.js',
    'app://northstar/assets'
  ])('answers 404 for %s and reveals nothing', async (url) => {
    const response = await serve(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('')
  })

  it('only serves reads', async () => {
    expect((await serve('app://northstar/index.html', 'POST')).status).toBe(405)
    const head = await serve('app://northstar/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('resolves paths only inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://northstar/assets/style.css')).toBe(
      join(root, 'assets', 'style.css')
    )
    // The URL parser already folds `%2e%2e` into `..` and drops it at the root: it stays inside.
    expect(resolveAppAsset(root, 'app://northstar/%2e%2e/secret.json')).toBe(
      join(root, 'secret.json')
    )
    // An encoded slash survives the parser and is caught after decoding.
    expect(resolveAppAsset(root, 'app://northstar/..%2fsecret.json')).toBeNull()
    expect(resolveAppAsset(root, 'not a url')).toBeNull()
  })
})
