import { addDays, format, isValid, parseISO } from 'date-fns'

/** The Rule of Two (seed 001): two weeks to agree, one more week if needed, then the leader decides. */
export const RULE_OF_TWO_DAYS = { agree: 14, extension: 21 } as const

/** The dates that govern one Rule-of-Two escalation, as `YYYY-MM-DD`. */
export interface RuleOfTwoDates {
  openedOn: string
  /** The two people agree by this date. */
  agreeBy: string
  /** With the one-week extension, they agree by this date; after it the leader decides. */
  extendedTo: string
}

const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd')

/**
 * The agree-by and extension dates for an escalation opened on `openedOn` (`YYYY-MM-DD`).
 * A date that does not exist (a hand-edited file) gives empty dates rather than a wrong one.
 */
export function ruleOfTwoDates(openedOn: string): RuleOfTwoDates {
  // parseISO reads a bare date as local midnight, so adding days never shifts across time zones.
  const opened = parseISO(openedOn)
  if (!isValid(opened)) return { openedOn, agreeBy: '', extendedTo: '' }
  return {
    openedOn,
    agreeBy: isoDay(addDays(opened, RULE_OF_TWO_DAYS.agree)),
    extendedTo: isoDay(addDays(opened, RULE_OF_TWO_DAYS.extension))
  }
}
