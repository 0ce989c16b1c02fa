import { createStore } from 'zustand/vanilla'

/**
 * A request from search to show one idea. Search asks main to open the idea's round; the Rounds stage
 * then selects the idea and scrolls to it once that round is on screen, and clears the request.
 */
export const ideaJump = createStore<{ ideaId: string | null }>(() => ({ ideaId: null }))

/** Asks the Rounds stage to select and reveal this idea. */
export const requestIdeaJump = (ideaId: string | null): void => ideaJump.setState({ ideaId })
