import type { PhoneMessage, ServerMessage } from '../shared/room/protocol'

export type ConnectionState = 'connecting' | 'open' | 'retrying' | 'locked' | 'replaced' | 'ended'

/** Close codes the room server uses (src/main/room/server.ts). */
const REPLACED = 4000
const REFUSED = 4003
const TOO_BIG = 1009

/**
 * The phone's socket to the room: reconnects with a growing pause after a drop; stops for good when
 * the room is locked to it, the phone opened another tab, or the room link stopped working.
 */
export function connect(
  url: string,
  onMessage: (message: ServerMessage) => void,
  onState: (state: ConnectionState, tooBig: boolean) => void
): { send(message: PhoneMessage): boolean } {
  let socket: WebSocket | null = null
  let pause = 1_000
  let failures = 0
  const open = (): void => {
    onState(failures === 0 ? 'connecting' : 'retrying', false)
    const ws = new WebSocket(url)
    socket = ws
    ws.onopen = () => {
      pause = 1_000
      failures = 0
      onState('open', false)
    }
    ws.onmessage = (event: MessageEvent<string>) => {
      try {
        onMessage(JSON.parse(event.data) as ServerMessage)
      } catch {
        // A message this page cannot read changes nothing on screen.
      }
    }
    ws.onclose = (event) => {
      socket = null
      if (event.code === REFUSED) return onState('locked', false)
      if (event.code === REPLACED) return onState('replaced', false)
      failures++
      // After many failed tries the link is probably dead (room join turned off): say so, keep trying.
      onState(failures > 8 ? 'ended' : 'retrying', event.code === TOO_BIG)
      setTimeout(open, pause)
      pause = Math.min(pause * 2, 10_000)
    }
  }
  open()
  return {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false
      socket.send(JSON.stringify(message))
      return true
    }
  }
}
