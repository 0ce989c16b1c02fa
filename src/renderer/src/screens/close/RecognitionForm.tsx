import { useRef, useState } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { FormField } from '../actions/FormField'
import { ScopedError } from '../ScopedError'

const s = strings.close
const SCOPE = 'field:recognition' as const

/** Recognises a customer advocate; after adding, the form is empty and focus is back on "Who". */
export function RecognitionForm({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [who, setWho] = useState('')
  const [forWhat, setForWhat] = useState('')
  const [tried, setTried] = useState(false)
  const whoRef = useRef<HTMLInputElement>(null)
  const errors = {
    who: tried && !who.trim() ? s.required.who : undefined,
    forWhat: tried && !forWhat.trim() ? s.required.forWhat : undefined
  }

  const submit = async () => {
    setTried(true)
    if (!who.trim()) return whoRef.current?.focus()
    if (!forWhat.trim()) return document.getElementById('recognition-for')?.focus()
    if (await sendCommand({ type: 'recognition.add', who, forWhat }, SCOPE)) {
      setWho('')
      setForWhat('')
      setTried(false)
      whoRef.current?.focus()
    }
  }

  return (
    <form
      className="recognition-form form-row"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <FormField id="recognition-who" label={s.who} error={errors.who}>
        {(aria) => (
          <input
            {...aria}
            ref={whoRef}
            type="text"
            list="recognition-names"
            value={who}
            onChange={(e) => setWho(e.target.value)}
          />
        )}
      </FormField>
      <datalist id="recognition-names">
        {meeting.attendees.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <FormField id="recognition-for" label={s.forWhat} error={errors.forWhat} className="grow">
        {(aria) => (
          <input
            {...aria}
            type="text"
            value={forWhat}
            onChange={(e) => setForWhat(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="primary">
        {s.add}
      </button>
      <ScopedError scope={SCOPE} />
    </form>
  )
}
