import { meetingRoute } from '../../shared/routes'

/**
 * Meeting files the operating system asks the app to open (command line, a second launch, macOS
 * 'open-file'). They can arrive before the window exists or while its page is still loading, when
 * a broadcast would be lost, so they wait here until `startOpening` says the page is listening.
 */
export class MeetingFileRequests {
  private readonly pending: string[] = []
  private open: ((path: string) => void) | null = null

  /** Asks for a file to be opened now, or as soon as the page is listening. */
  request(path: string | null): void {
    if (path === null) return
    if (this.open) this.open(path)
    else this.pending.push(path)
  }

  /** Removes and returns the files asked for so far (the first window opens straight onto them). */
  takePending(): string[] {
    return this.pending.splice(0)
  }

  /** From now on every request is opened at once, starting with those still waiting. */
  startOpening(open: (path: string) => void): void {
    this.open = open
    for (const path of this.takePending()) open(path)
  }
}

/**
 * The renderer address that shows a meeting: the page reads it when it loads (see
 * src/shared/routes.ts, shared with the renderer).
 */
export const meetingAddress = (entryUrl: string, meetingId: string): string =>
  `${entryUrl}${meetingRoute(meetingId)}`
