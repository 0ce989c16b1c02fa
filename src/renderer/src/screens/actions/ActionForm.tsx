import { useState } from 'react'
import { PRIORITIES } from '../../../../shared/meeting/schema'
import type { Action, Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'
import { actionFields, draftErrors } from './actionDraft'
import type { ActionDraft, DraftField } from './actionDraft'
import { DateTextInput } from '../../components/DateTextInput'
import { FormField } from './FormField'
import { MetricFields } from './MetricFields'

const s = strings.actions
const SCOPE = 'field:action' as const

/**
 * Adds a new action or edits one. Missing fields are named next to each field; a refusal from the
 * domain (a too-long text, an impossible date) appears under the form. After adding, the form is
 * fresh and focus is back on its first field, ready for the next action.
 */
export function ActionForm({
  meeting,
  initial,
  editing,
  focusOnMount,
  onDone
}: {
  meeting: Meeting
  initial: ActionDraft
  editing: Action | null
  /** Put the caret in the first field when the form appears (after a commit, or a pick). */
  focusOnMount: boolean
  /** Called after a successful save (and on cancel) so the stage can reset the form. */
  onDone: (saved: boolean) => void
}) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [draft, setDraft] = useState(initial)
  const [tried, setTried] = useState(false)
  const errors = tried ? draftErrors(draft) : {}
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const err = (field: DraftField) => errors[field]
  const sourceTexts = meeting.ideas
    .filter((i) => draft.sourceIdeaIds.includes(i.id))
    .map((i) => i.text)

  const submit = async () => {
    setTried(true)
    const missing = draftErrors(draft)
    const firstMissing = Object.keys(missing)[0]
    if (firstMissing) {
      document.getElementById(`action-${firstMissing}`)?.focus()
      return
    }
    const ok = editing
      ? await sendCommand(
          { type: 'action.update', id: editing.id, patch: actionFields(draft) },
          SCOPE
        )
      : await sendCommand({ type: 'action.add', ...actionFields(draft) }, SCOPE)
    if (ok) onDone(true)
  }

  return (
    <form
      className="action-form panel-like"
      aria-labelledby="action-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      onKeyDown={(e) => {
        // Enter cannot submit from a text area, so Ctrl/Cmd+Enter does, from any field.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          void submit()
        }
      }}
    >
      <h3 id="action-form-heading">{editing ? s.formEditHeading : s.formAddHeading}</h3>
      <p className="hint">{s.formHint}</p>
      {draft.sourceIdeaIds.length > 0 && (
        <p className="action-sources">
          {s.fromIdeas(draft.sourceIdeaIds.length)}: {sourceTexts.join(' · ')}{' '}
          {!editing && (
            <button type="button" className="link-button" onClick={() => set('sourceIdeaIds', [])}>
              {s.unlink}
            </button>
          )}
        </p>
      )}
      <FormField id="action-what" label={s.what} error={err('what')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            autoFocus={focusOnMount}
            value={draft.what}
            onChange={(e) => set('what', e.target.value)}
          />
        )}
      </FormField>
      <div className="form-row">
        <FormField id="action-owner" label={s.owner} hint={s.ownerHint} error={err('owner')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              list="action-owner-names"
              value={draft.owner}
              onChange={(e) => set('owner', e.target.value)}
            />
          )}
        </FormField>
        <datalist id="action-owner-names">
          {meeting.attendees.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
        <FormField id="action-departmentId" label={s.department} error={err('departmentId')}>
          {(aria) => (
            <select
              {...aria}
              value={draft.departmentId}
              onChange={(e) => set('departmentId', e.target.value)}
            >
              {meeting.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="action-dueDate" label={s.dueDate} error={err('dueDate')}>
          {(aria) => (
            <DateTextInput
              {...aria}
              value={draft.dueDate}
              onChange={(text) => set('dueDate', text)}
            />
          )}
        </FormField>
        <FormField id="action-priority" label={s.priority}>
          {(aria) => (
            <select
              {...aria}
              value={draft.priority}
              onChange={(e) => set('priority', e.target.value as ActionDraft['priority'])}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {s.priorities[p]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        id="action-customerBenefit"
        label={s.benefit}
        hint={s.benefitHint}
        error={err('customerBenefit')}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            required
            value={draft.customerBenefit}
            onChange={(e) => set('customerBenefit', e.target.value)}
          />
        )}
      </FormField>
      <MetricFields draft={draft} set={set} err={err} />
      <ScopedError scope={SCOPE} />
      <div className="form-row">
        <button type="submit" className="primary">
          {editing ? s.save : s.add}
        </button>
        {(editing || draft.sourceIdeaIds.length > 0) && (
          <button type="button" onClick={() => onDone(false)}>
            {s.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
