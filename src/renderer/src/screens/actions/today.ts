import { format } from 'date-fns'

/** Today's date on the facilitator's machine, as `YYYY-MM-DD` (local, not UTC). */
export const today = (): string => format(new Date(), 'yyyy-MM-dd')
