import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { connectPhone, deviceId, get, startTestRoom, until } from './roomTestKit'

type Room = Awaited<ReturnType<typeof startTestRoom>>
let room: Room | null = null
const start = async (limits = {}) => (room = await startTestRoom(limits))
afterEach(async () => {
  await room?.server.close()
  room = null
})

describe('room server: the phone page over HTTP', () => {
  it('serves the page with a strict CSP only under the session token', async () => {
    const { server, token } = await start()
    const page = await get(server.port, `/j/${token}/`, { host: `127.0.0.1:${server.port}` })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Phone</title>')
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe|https?:/)
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/j/${token}/`)

    const script = await get(server.port, `/j/${token}/phone.js`)
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toMatch(/javascript/)
  })

  it('refuses a wrong or missing token on every path', async () => {
    const { server, token } = await start()
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    for (const path of [`/j/${wrong}/`, `/j/${wrong}/phone.js`, `/j/${token}x/`, '/j//']) {
      expect((await get(server.port, path)).status, path).toBe(403)
    }
    for (const path of ['/', '/phone.js', `/${token}/`, `/j/${token}/../../etc/passwd`]) {
      expect((await get(server.port, path)).status, path).toBeGreaterThanOrEqual(400)
    }
  })

  it('refuses a request naming another host or coming from another origin (DNS rebinding)', async () => {
    const { server, token } = await start()
    const path = `/j/${token}/`
    expect((await get(server.port, path, { host: `evil.example:${server.port}` })).status).toBe(421)
    expect((await get(server.port, path, { host: `localhost:${server.port}` })).status).toBe(421)
    const foreign = await get(server.port, path, { origin: 'http://evil.example' })
    expect(foreign.status).toBe(421)
    expect(foreign.body).not.toContain('Phone')
  })
})

describe('room server: phones over WebSocket', () => {
  it('refuses an upgrade with a wrong token, wrong Origin, no Origin, wrong Host or a bad device id', async () => {
    const { server, token, joined } = await start()
    const port = server.port
    await expect(connectPhone(port, 'x'.repeat(24), deviceId(1))).rejects.toThrow('HTTP 403')
    await expect(
      connectPhone(port, token, deviceId(1), { origin: 'http://evil.example' })
    ).rejects.toThrow('HTTP 403')
    await expect(connectPhone(port, token, deviceId(1), { origin: null })).rejects.toThrow(
      'HTTP 403'
    )
    await expect(
      connectPhone(port, token, deviceId(1), { host: `rebound.example:${port}` })
    ).rejects.toThrow('HTTP 403')
    await expect(connectPhone(port, token, 'short')).rejects.toThrow('HTTP 400')
    expect(joined).toEqual([])
  })

  it('passes well-formed messages on and answers unreadable ones without passing them', async () => {
    const { server, token, messages } = await start()
    const phone = await connectPhone(server.port, token, deviceId(1))
    phone.send('{not json')
    phone.send({ t: 'idea.add', text: 'x', buildsOnId: null, extra: 1 } as never)
    phone.send({ t: 'idea.add', text: 'Call every churned customer', buildsOnId: null })
    await until(() => messages.length === 1)
    expect(messages[0]).toEqual({
      deviceId: deviceId(1),
      message: { t: 'idea.add', text: 'Call every churned customer', buildsOnId: null }
    })
    await until(() => phone.received.filter((m) => m.t === 'error').length === 2)
    expect(phone.received.filter((m) => m.t === 'error')).toEqual([
      { t: 'error', code: 'unreadable' },
      { t: 'error', code: 'unreadable' }
    ])
  })

  it('closes a connection that sends a message over 4 KB, passing nothing on', async () => {
    const { server, token, messages } = await start()
    const phone = await connectPhone(server.port, token, deviceId(1))
    phone.send(JSON.stringify({ t: 'idea.add', text: 'a'.repeat(4_100), buildsOnId: null }))
    expect(await phone.closed).toBe(1009)
    expect(messages).toEqual([])
  })

  it('drops a flood over the rate limit with one explanation, then disconnects the phone', async () => {
    const { server, token, messages } = await start({
      rate: { capacity: 5, perSecond: 0.001 },
      floodDisconnectAfter: 20
    })
    const phone = await connectPhone(server.port, token, deviceId(1))
    const other = await connectPhone(server.port, token, deviceId(2))
    for (let i = 0; i < 40; i++) phone.send({ t: 'vote', ideaId: 'idea-1', delta: 1 })
    expect(await phone.closed).toBe(4008)
    expect(messages).toHaveLength(5)
    expect(phone.received.filter((m) => m.t === 'error')).toEqual([{ t: 'error', code: 'rate' }])
    // Another phone is not slowed by it.
    other.send({ t: 'vote', ideaId: 'idea-1', delta: 1 })
    await until(() => messages.some((m) => m.deviceId === deviceId(2)))
    other.socket.close()
  })

  it('refuses connections over the cap with 503 and takes one again when a phone leaves', async () => {
    const { server, token, phoneCounts } = await start({ maxConnections: 3 })
    const phones = await Promise.all(
      [1, 2, 3].map((n) => connectPhone(server.port, token, deviceId(n)))
    )
    await expect(connectPhone(server.port, token, deviceId(4))).rejects.toThrow('HTTP 503')
    phones[0]!.socket.close()
    await phones[0]!.closed
    await until(() => phoneCounts.at(-1) === 2)
    const fourth = await connectPhone(server.port, token, deviceId(4))
    expect(fourth.socket.readyState).toBe(fourth.socket.OPEN)
  })

  it('lets a phone reconnect by its device id, replacing its old connection', async () => {
    const { server, token, joined, phoneCounts } = await start()
    const first = await connectPhone(server.port, token, deviceId(7))
    const second = await connectPhone(server.port, token, deviceId(7))
    expect(await first.closed).toBe(4000)
    expect(joined).toEqual([deviceId(7), deviceId(7)])
    expect(phoneCounts.at(-1)).toBe(1)
    server.send(deviceId(7), { t: 'error', code: 'notNow' })
    await second.next((m) => m.t === 'error')
  })

  it('a locked room refuses new phones but lets phones already seen come back', async () => {
    const { server, token, joined } = await start()
    const known = await connectPhone(server.port, token, deviceId(1))
    server.setLocked(true)
    const stranger = await connectPhone(server.port, token, deviceId(2))
    expect(await stranger.next((m) => m.t === 'refused')).toEqual({ t: 'refused', code: 'locked' })
    expect(await stranger.closed).toBe(4003)
    known.socket.close()
    await known.closed
    const back = await connectPhone(server.port, token, deviceId(1))
    expect(back.socket.readyState).toBe(back.socket.OPEN)
    expect(joined).toEqual([deviceId(1), deviceId(1)])
    server.setLocked(false)
    await connectPhone(server.port, token, deviceId(2))
  })

  it('closes a phone that stops answering pings', async () => {
    const { server, token, phoneCounts } = await start({ idleMs: 200 })
    const silent = await connectPhone(server.port, token, deviceId(1), { autoPong: false })
    const lively = await connectPhone(server.port, token, deviceId(2))
    await silent.closed
    await until(() => phoneCounts.at(-1) === 1)
    expect(lively.socket.readyState).toBe(lively.socket.OPEN)
  })

  it('after close, every phone is disconnected and nothing listens on the port', async () => {
    const { server, token } = await start()
    const phone = await connectPhone(server.port, token, deviceId(1))
    await server.close()
    room = null
    expect(await phone.closed).toBeGreaterThan(0)
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: server.port })
      socket.once('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    })
    expect(refused).toBe('ECONNREFUSED')
  })
})
