/** The parts of the Web Audio API the cue uses, so tests can hand in a fake. */
export interface ToneContext {
  readonly currentTime: number
  readonly destination: AudioNode
  readonly state: string
  createOscillator(): OscillatorNode
  createGain(): GainNode
  resume(): Promise<void>
}

/** Plays the end-of-round cue. */
export interface CuePlayer {
  /**
   * Creates or wakes the audio context. Call it from a key press or click (starting the countdown):
   * browsers only let sound start after a user gesture, and the cue at zero comes without one.
   */
  prime(): void
  /** Plays the tone once. Silent, never throwing, where the machine has no audio. */
  play(): void
}

/** Two short chimes a fifth apart: clearly "time", not an alarm, audible over a room's chatter. */
const NOTES = [
  { frequency: 880, startS: 0, lengthS: 0.35 },
  { frequency: 1320, startS: 0.4, lengthS: 0.6 }
]
const PEAK_GAIN = 0.35

function scheduleNote(context: ToneContext, note: (typeof NOTES)[number]): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  const start = context.currentTime + note.startS
  const end = start + note.lengthS
  oscillator.type = 'sine'
  oscillator.frequency.setValueAtTime(note.frequency, start)
  // A quick fade in and out avoids the click of a square start or stop.
  gain.gain.setValueAtTime(0, start)
  gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.001, end)
  oscillator.connect(gain)
  gain.connect(context.destination)
  oscillator.start(start)
  oscillator.stop(end + 0.05)
}

/** The browser's AudioContext, or null where there is none (tests, machines without audio). */
function browserContext(): ToneContext | null {
  const Ctor = (globalThis as { AudioContext?: new () => ToneContext }).AudioContext
  return Ctor ? new Ctor() : null
}

/**
 * A cue player that generates its tone with an OscillatorNode: no sound file, no network. One
 * audio context is created on first use and kept, as browsers limit how many a page may open.
 */
export function createCuePlayer(
  createContext: () => ToneContext | null = browserContext
): CuePlayer {
  let context: ToneContext | null = null
  const ensure = (): ToneContext | null => {
    try {
      context ??= createContext()
      if (context?.state === 'suspended') void context.resume().catch(() => undefined)
    } catch {
      context = null
    }
    return context
  }
  return {
    prime: () => void ensure(),
    play: () => {
      const ready = ensure()
      if (!ready) return
      try {
        NOTES.forEach((note) => scheduleNote(ready, note))
      } catch {
        // A missing audio device must not break the meeting; the display still shows 0:00.
      }
    }
  }
}

/** The app's one cue player. */
export const roundEndCue: CuePlayer = createCuePlayer()
