import { useId } from 'react'
import type { CommandOf } from '../../../../shared/meeting/commands/schema'
import type { Round } from '../../../../shared/meeting/schema'
import { ROUND_KINDS } from '../../../../shared/meeting/schema'
import { placeholderFromEdit, placeholderToEdit } from '../../../../shared/meeting/template'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { FieldError } from './FieldError'
import { parseWholeNumber } from './wholeNumber'

const s = strings.prepare.rounds

/** "Title" on screen, "Title of round 2" for a screen reader, then what follows (e.g. units). */
function roundLabel(visible: string, n: number, after = '') {
  return (
    <>
      {visible}
      <span className="visually-hidden">{s.ofRound(n)}</span>
      {after}
    </>
  )
}

/** Puts focus back on a control after the list re-renders in its new order. */
const refocus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0)

interface RoundCardProps {
  round: Round
  index: number
  count: number
}

/** One brainstorm round: title, prompt, checklist, kind, time box; move up/down, remove. */
export function RoundCard({ round, index, count }: RoundCardProps) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const reportError = useAppStore((st) => st.reportError)
  const n = index + 1
  const base = `field:round.${round.id}` as const
  const kindId = useId()
  const headingId = useId()
  const update = (patch: CommandOf<'round.update'>['patch'], field: string) =>
    sendCommand({ type: 'round.update', id: round.id, patch }, `${base}.${field}`)
  const move = async (toIndex: number, buttonId: string) => {
    const ok = await sendCommand({ type: 'round.move', id: round.id, toIndex }, `${base}.order`)
    if (ok) refocus(buttonId)
  }
  const upId = `round-up-${round.id}`
  const downId = `round-down-${round.id}`

  return (
    <li className="round-card" aria-labelledby={headingId}>
      <div className="round-card-header">
        <h4 id={headingId}>{s.round(n, round.title)}</h4>
        <button
          id={upId}
          type="button"
          aria-label={s.moveUp(round.title)}
          disabled={index === 0}
          onClick={() => void move(index - 1, upId)}
        >
          ↑ {s.up}
        </button>
        <button
          id={downId}
          type="button"
          aria-label={s.moveDown(round.title)}
          disabled={index === count - 1}
          onClick={() => void move(index + 1, downId)}
        >
          ↓ {s.down}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={s.remove(round.title)}
          disabled={count === 1}
          onClick={() => void sendCommand({ type: 'round.remove', id: round.id }, `${base}.order`)}
        >
          {s.removeShort}
        </button>
      </div>
      <FieldError scope={`${base}.order`} />
      <div className="prepare-grid">
        <CommitField
          label={roundLabel(s.title, n)}
          value={round.title}
          scope={`${base}.title`}
          className="span-2"
          onCommit={(title) => update({ title }, 'title')}
        />
        <div className="field">
          <label htmlFor={kindId}>{roundLabel(s.kind, n)}</label>
          <select
            id={kindId}
            value={round.kind}
            onChange={(event) => void update({ kind: event.target.value as Round['kind'] }, 'kind')}
          >
            {ROUND_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {s.kinds[kind]}
              </option>
            ))}
          </select>
          <FieldError scope={`${base}.kind`} />
        </div>
        <CommitField
          label={roundLabel(s.timebox, n, s.timeboxAfter)}
          type="number"
          value={String(round.timeboxMinutes)}
          scope={`${base}.timebox`}
          onCommit={(typed) => {
            const minutes = parseWholeNumber(typed)
            if (minutes === null) {
              reportError(`${base}.timebox`, strings.prepare.errors.notNumber(s.timeboxName(n)))
              return Promise.resolve(false)
            }
            return update({ timeboxMinutes: minutes }, 'timebox')
          }}
        />
        <CommitField
          label={roundLabel(s.prompt, n)}
          value={placeholderToEdit(round.prompt, strings.prepare.framing.customerToken)}
          scope={`${base}.prompt`}
          multiline
          rows={2}
          className="span-all"
          onCommit={(prompt) =>
            update(
              { prompt: placeholderFromEdit(prompt, strings.prepare.framing.customerToken) },
              'prompt'
            )
          }
        />
        <CommitField
          label={roundLabel(s.checklist, n, s.checklistAfter)}
          value={round.checklist.join('\n')}
          scope={`${base}.checklist`}
          multiline
          rows={Math.max(2, round.checklist.length + 1)}
          className="span-all"
          onCommit={(text) =>
            update(
              {
                checklist: text
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
              },
              'checklist'
            )
          }
        />
      </div>
    </li>
  )
}
