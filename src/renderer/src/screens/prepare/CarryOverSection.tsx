import { useId, useState } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.carry
const SCOPE = 'field:carryOver'

/** Chooses the earlier meeting whose open actions are reviewed on "Last quarter's actions". */
export function CarryOverSection({ meeting }: { meeting: Meeting }) {
  const library = useAppStore((st) => st.meetings)
  const carryOver = useAppStore((st) => st.carryOver)
  const others = library.filter((m) => m.id !== meeting.id)
  const [chosen, setChosen] = useState('')
  const selectId = useId()
  const from = chosen || meeting.carriedFrom?.meetingId || others[0]?.id || ''

  return (
    <PrepareSection id="prepare-carry" title={s.heading}>
      <p aria-live="polite">
        {meeting.carriedFrom
          ? s.current(meeting.carriedFrom.title, meeting.carried.length)
          : s.nothing}
      </p>
      {others.length === 0 ? (
        <p className="muted">{s.noOthers}</p>
      ) : (
        <div className="form-row">
          <div className="field grow">
            <label htmlFor={selectId}>{s.label}</label>
            <select id={selectId} value={from} onChange={(event) => setChosen(event.target.value)}>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {[m.title || strings.library.untitled, m.quarter, m.date]
                    .filter(Boolean)
                    .join(' · ')}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="primary" onClick={() => void carryOver(from, SCOPE)}>
            {s.apply}
          </button>
          {meeting.carriedFrom && (
            <button type="button" onClick={() => void carryOver(null, SCOPE)}>
              {s.clear}
            </button>
          )}
        </div>
      )}
      <FieldError scope={SCOPE} />
    </PrepareSection>
  )
}
