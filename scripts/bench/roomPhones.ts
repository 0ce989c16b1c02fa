import { WebSocket } from 'ws'
import type { ServerMessage } from '../../src/shared/room/protocol'

/** Simulated phones on loopback: each joins with a device id, picks a department, sends ideas. */
export interface SimulatedPhones {
  /** Ideas the room accepted (a `sent` answer), counted per phone. */
  accepted(): number
  /** Refusals seen (for the report: a flood should produce none at these rates). */
  refusals(): number
  pause(): void
  resume(): void
  close(): Promise<void>
}

const socketUrl = (roomUrl: string, deviceId: string): string => {
  const url = new URL(roomUrl)
  return `ws://${url.host}${url.pathname}ws?device=${deviceId}`
}

/** Opens one phone's socket as the phone page does (Origin = the room's own address). */
export function openPhoneSocket(roomUrl: string, deviceId: string): Promise<WebSocket> {
  const origin = new URL(roomUrl).origin
  const ws = new WebSocket(socketUrl(roomUrl, deviceId), { origin, perMessageDeflate: false })
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

/**
 * `count` phones, each sending one idea every `ideaEveryMs` (staggered so the load is even). Fixed
 * count; the caller stops them (close) at the end of a fixed run.
 */
export async function startPhones(
  roomUrl: string,
  count: number,
  departmentId: string,
  ideaEveryMs: number
): Promise<SimulatedPhones> {
  let accepted = 0
  let refusals = 0
  let paused = false
  const sockets: WebSocket[] = []
  const timers: NodeJS.Timeout[] = []
  for (let i = 0; i < count; i++) {
    const ws = await openPhoneSocket(roomUrl, `bench-phone-${String(i).padStart(8, '0')}`)
    ws.on('message', (data: Buffer) => {
      // Only the small answers are parsed; views (to every phone) are just received.
      if (data.length > 200) return
      const message = JSON.parse(data.toString('utf8')) as ServerMessage
      if (message.t === 'sent') accepted++
      if (message.t === 'error') refusals++
    })
    ws.send(JSON.stringify({ t: 'profile', departmentId, name: '' }))
    sockets.push(ws)
    let n = 0
    const send = () => {
      if (paused || ws.readyState !== ws.OPEN) return
      ws.send(JSON.stringify({ t: 'idea.add', text: `Phone ${i} idea ${++n}`, buildsOnId: null }))
    }
    // Staggered so the load is even from the start: phone i first sends at i/count of the period.
    const start = setTimeout(
      () => {
        send()
        timers.push(setInterval(send, ideaEveryMs))
      },
      (ideaEveryMs * i) / count
    )
    timers.push(start)
  }
  return {
    accepted: () => accepted,
    refusals: () => refusals,
    pause: () => void (paused = true),
    resume: () => void (paused = false),
    async close() {
      for (const timer of timers) clearTimeout(timer)
      for (const timer of timers) clearInterval(timer)
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === ws.CLOSED) return resolve()
              ws.once('close', () => resolve())
              ws.close()
            })
        )
      )
    }
  }
}
