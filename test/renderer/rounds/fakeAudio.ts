import type { ToneContext } from '../../../src/renderer/src/audio/cue'

/** One oscillator the cue scheduled: its pitch and when it starts and stops (audio-clock seconds). */
export interface ScheduledTone {
  frequency: number
  startS: number
  stopS: number
  connected: boolean
}

/** A stand-in for the Web Audio API that records the tones scheduled on it. */
export function createFakeAudio(state = 'running') {
  const tones: ScheduledTone[] = []
  const resumed: number[] = []
  const context: ToneContext & { state: string } = {
    currentTime: 12,
    destination: {} as AudioNode,
    state,
    createOscillator: () => {
      const tone: ScheduledTone = { frequency: 0, startS: -1, stopS: -1, connected: false }
      tones.push(tone)
      return {
        type: 'sine',
        frequency: { setValueAtTime: (value: number) => void (tone.frequency = value) },
        connect: () => void (tone.connected = true),
        start: (at: number) => void (tone.startS = at),
        stop: (at: number) => void (tone.stopS = at)
      } as unknown as OscillatorNode
    },
    createGain: () =>
      ({
        gain: {
          setValueAtTime: () => undefined,
          linearRampToValueAtTime: () => undefined,
          exponentialRampToValueAtTime: () => undefined
        },
        connect: () => undefined
      }) as unknown as GainNode,
    resume: () => {
      resumed.push(Date.now())
      context.state = 'running'
      return Promise.resolve()
    }
  }
  return { context, tones, resumed }
}
