import { useMemo, useState } from 'react'
import { actionSeedFrom, ideasWithActions } from '../../../../shared/meeting/actionSource'
import type { Action } from '../../../../shared/meeting/schema'
import { rankedShortlist } from '../../../../shared/meeting/shortlist'
import type { ShortlistEntry } from '../../../../shared/meeting/shortlist'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/actions.css'
import { ActionForm } from '../actions/ActionForm'
import { draftOf, newDraft } from '../actions/actionDraft'
import type { ActionDraft } from '../actions/actionDraft'
import { ActionList } from '../actions/ActionList'
import { EscalationForm } from '../actions/EscalationForm'
import { EscalationList } from '../actions/EscalationList'
import { ShortlistPicker } from '../actions/ShortlistPicker'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.actions

/** What the action form is showing: a fresh or seeded new action, or an existing one. */
interface FormState {
  /** Changes whenever the form should start over (a new key remounts it). */
  key: number
  initial: ActionDraft
  editing: Action | null
  focus: boolean
}

/** Commit to actions: from the shortlist or from scratch, with the Rule of Two for disagreements. */
export function ActionsStage({ meeting }: StageProps) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [form, setForm] = useState<FormState>(() => ({
    key: 0,
    initial: newDraft(meeting, null),
    editing: null,
    focus: false
  }))
  const [escalation, setEscalation] = useState({
    key: 0,
    actionId: null as string | null,
    focus: false
  })
  const shortlist = useMemo(() => rankedShortlist(meeting), [meeting])
  const withActions = useMemo(() => ideasWithActions(meeting), [meeting])

  const restart = (initial: ActionDraft, editing: Action | null, focus = true) =>
    setForm((f) => ({ key: f.key + 1, initial, editing, focus }))

  const covered = (entry: ShortlistEntry) =>
    entry.kind === 'idea'
      ? withActions.has(entry.id)
      : meeting.ideas.some((i) => i.themeId === entry.id && withActions.has(i.id))

  return (
    <StageFrame kind="actions">
      <p className="lead">{s.intro}</p>
      <div className="actions-layout">
        <div className="actions-compose">
          <ShortlistPicker
            entries={shortlist}
            covered={covered}
            onPick={(entry) => restart(newDraft(meeting, actionSeedFrom(meeting, entry)), null)}
          />
          <ActionForm
            key={form.key}
            meeting={meeting}
            initial={form.initial}
            editing={form.editing}
            focusOnMount={form.focus}
            onDone={(saved) => {
              const edited = form.editing
              restart(newDraft(meeting, null), null, !edited)
              // After an edit, focus goes back to that action's Edit button.
              if (edited && saved)
                requestAnimationFrame(() =>
                  document.getElementById(`action-edit-${edited.id}`)?.focus()
                )
            }}
          />
        </div>
        <ActionList
          meeting={meeting}
          editingId={form.editing?.id ?? null}
          onEdit={(action) => restart(draftOf(action), action)}
          onRemove={(action) => {
            const index = meeting.actions.indexOf(action)
            void sendCommand({ type: 'action.remove', id: action.id }, 'field:action').then(
              (ok) => {
                if (!ok) return
                // Focus moves to the next action's Edit button, or to the form when none is left.
                const next =
                  meeting.actions.filter((a) => a.id !== action.id)[index] ??
                  meeting.actions.filter((a) => a.id !== action.id).at(-1)
                requestAnimationFrame(() =>
                  (next
                    ? document.getElementById(`action-edit-${next.id}`)
                    : document.getElementById('action-what')
                  )?.focus()
                )
              }
            )
          }}
          onEscalate={(action) =>
            setEscalation((e) => ({ key: e.key + 1, actionId: action.id, focus: true }))
          }
        />
      </div>
      <section className="rule-of-two" aria-labelledby="rule-of-two-heading">
        <h3 id="rule-of-two-heading">{s.ruleHeading}</h3>
        <p className="hint">{s.ruleIntro}</p>
        <EscalationForm
          key={escalation.key}
          meeting={meeting}
          actionId={escalation.actionId}
          focusOnMount={escalation.focus}
          onDone={() => setEscalation((e) => ({ key: e.key + 1, actionId: null, focus: true }))}
        />
        <EscalationList meeting={meeting} />
      </section>
    </StageFrame>
  )
}
