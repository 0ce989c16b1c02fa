/** What a pure meeting operation may ask of the outside world: the time and fresh ids. */
export interface CommandContext {
  /** The current time as an ISO timestamp. */
  now: () => string
  /** A new unique id. */
  newId: () => string
}
