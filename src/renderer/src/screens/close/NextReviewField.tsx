import { useEffect, useState } from 'react'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'

const s = strings.close
const SCOPE = 'field:nextReview' as const

/** The date of the next review, saved as soon as a whole date is entered (or cleared). */
export function NextReviewField({ date }: { date: string }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [value, setValue] = useState(date)
  useEffect(() => setValue(date), [date])
  const save = (next: string) => {
    if (next !== date) void sendCommand({ type: 'nextReview.set', date: next }, SCOPE)
  }
  return (
    <div className="field next-review">
      <label htmlFor="next-review-date">{s.nextReviewLabel}</label>
      <input
        id="next-review-date"
        type="date"
        value={value}
        onChange={(e) => {
          setValue(e.target.value)
          // A date input reports '' while a date is half typed; save only whole dates or on leave.
          if (e.target.value) save(e.target.value)
        }}
        onBlur={() => save(value)}
      />
      <p className="muted" role="status">
        {s.nextReviewSaved(date && strings.dates.day(date))}
      </p>
      <ScopedError scope={SCOPE} />
    </div>
  )
}
