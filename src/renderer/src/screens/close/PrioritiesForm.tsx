import { useEffect, useState } from 'react'
import { LIMITS } from '../../../../shared/meeting/limits'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'

const s = strings.close
const SCOPE = 'field:priorities' as const

const padded = (priorities: string[]): string[] =>
  Array.from({ length: LIMITS.priorities }, (_, i) => priorities[i] ?? '')

/** Up to three priorities for the coming quarter, saved together (Enter in any field, or the button). */
export function PrioritiesForm({ priorities }: { priorities: string[] }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [values, setValues] = useState(() => padded(priorities))
  const [saved, setSaved] = useState(false)
  // Compared by content: every change to the meeting brings a new array, which must not wipe typing.
  const savedKey = JSON.stringify(priorities)
  useEffect(() => setValues(padded(JSON.parse(savedKey) as string[])), [savedKey])
  const dirty = values.some((v, i) => v.trim() !== (priorities[i] ?? ''))

  return (
    <form
      className="priorities-form"
      onSubmit={(e) => {
        e.preventDefault()
        void sendCommand({ type: 'priorities.set', priorities: values }, SCOPE).then(setSaved)
      }}
    >
      <ol className="priority-fields">
        {values.map((value, i) => (
          <li key={i}>
            <label htmlFor={`priority-${i + 1}`}>{s.priorityLabel(i + 1)}</label>
            <input
              id={`priority-${i + 1}`}
              type="text"
              value={value}
              onChange={(e) => {
                setSaved(false)
                setValues((v) => v.map((old, j) => (j === i ? e.target.value : old)))
              }}
            />
          </li>
        ))}
      </ol>
      <p className="hint">{s.prioritiesHint}</p>
      <button type="submit" disabled={!dirty}>
        {s.savePriorities}
      </button>
      <span className="muted" role="status">
        {saved && !dirty ? s.prioritiesSaved : ''}
      </span>
      <ScopedError scope={SCOPE} />
    </form>
  )
}
