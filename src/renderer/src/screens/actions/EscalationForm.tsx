import { useState } from 'react'
import { ruleOfTwoDates } from '../../../../shared/meeting/ruleOfTwo'
import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'
import { FormField } from './FormField'
import { today } from './today'
import { DateTextInput, dateTextProblem, isoOfDateText } from '../../components/DateTextInput'

const s = strings.actions
const SCOPE = 'field:escalation' as const

interface EscalationDraft {
  topic: string
  actionId: string
  personA: string
  personB: string
  openedOn: string
}
type Field = keyof EscalationDraft

function escalationErrors(d: EscalationDraft): Partial<Record<Field, string>> {
  const r = s.requiredEscalation
  const errors: Partial<Record<Field, string>> = {}
  if (!d.topic.trim()) errors.topic = r.topic
  if (!d.personA.trim()) errors.personA = r.personA
  if (!d.personB.trim()) errors.personB = r.personB
  else if (d.personA.trim().toLowerCase() === d.personB.trim().toLowerCase())
    errors.personB = r.same
  const opened = dateTextProblem(d.openedOn, r.openedOn)
  if (opened) errors.openedOn = opened
  return errors
}

/**
 * Opens a Rule-of-Two escalation, on an action or standalone. The agree-by and extension dates are
 * shown as soon as the start date is known; the start date defaults to the meeting's date (today when
 * the meeting has none), since disagreements are opened in the meeting.
 */
export function EscalationForm({
  meeting,
  actionId,
  focusOnMount,
  onDone
}: {
  meeting: Meeting
  actionId: string | null
  focusOnMount: boolean
  onDone: () => void
}) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const action = meeting.actions.find((a) => a.id === actionId)
  const [draft, setDraft] = useState<EscalationDraft>({
    topic: action ? action.what : '',
    actionId: action?.id ?? '',
    personA: '',
    personB: '',
    openedOn: meeting.facts.date || today()
  })
  const [tried, setTried] = useState(false)
  const errors = tried ? escalationErrors(draft) : {}
  const set = (key: Field, value: string) => setDraft((d) => ({ ...d, [key]: value }))
  const openedIso = isoOfDateText(draft.openedOn)
  const dates = openedIso ? ruleOfTwoDates(openedIso) : null

  const submit = async () => {
    setTried(true)
    const first = Object.keys(escalationErrors(draft))[0]
    if (first) {
      document.getElementById(`escalation-${first}`)?.focus()
      return
    }
    const ok = await sendCommand(
      {
        type: 'escalation.add',
        topic: draft.topic,
        actionId: draft.actionId || null,
        personA: draft.personA,
        personB: draft.personB,
        openedOn: openedIso
      },
      SCOPE
    )
    if (ok) onDone()
  }

  return (
    <form
      className="escalation-form panel-like"
      aria-labelledby="escalation-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h4 id="escalation-form-heading">{s.openEscalation}</h4>
      <FormField id="escalation-topic" label={s.topic} error={errors.topic}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            autoFocus={focusOnMount}
            value={draft.topic}
            onChange={(e) => set('topic', e.target.value)}
          />
        )}
      </FormField>
      <div className="form-row">
        <FormField id="escalation-actionId" label={s.onAction}>
          {(aria) => (
            <select
              {...aria}
              value={draft.actionId}
              onChange={(e) => set('actionId', e.target.value)}
            >
              <option value="">{s.standalone}</option>
              {meeting.actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.what}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="escalation-personA" label={s.personA} error={errors.personA}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              list="escalation-names"
              value={draft.personA}
              onChange={(e) => set('personA', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="escalation-personB" label={s.personB} error={errors.personB}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              list="escalation-names"
              value={draft.personB}
              onChange={(e) => set('personB', e.target.value)}
            />
          )}
        </FormField>
        <datalist id="escalation-names">
          {meeting.attendees.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
        <FormField id="escalation-openedOn" label={s.openedOn} error={errors.openedOn}>
          {(aria) => (
            <DateTextInput
              {...aria}
              value={draft.openedOn}
              onChange={(text) => set('openedOn', text)}
            />
          )}
        </FormField>
      </div>
      {dates?.agreeBy && (
        <p className="rule-dates" aria-live="polite">
          {s.datesPreview(strings.dates.day(dates.agreeBy), strings.dates.day(dates.extendedTo))}
        </p>
      )}
      <ScopedError scope={SCOPE} />
      <button type="submit" className="primary">
        {s.openEscalation}
      </button>
    </form>
  )
}
