import { useId, useRef, useState } from 'react'
import type { Department, Meeting } from '../../../../shared/meeting/schema'
import { Options } from '../../components/Field'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { FieldError } from './FieldError'

const s = strings.prepare.departments

/** How many ideas, attendees and actions a department holds (removing it must place them somewhere). */
function usageOf(meeting: Meeting, id: string) {
  const count = (items: Array<{ departmentId: string }>) =>
    items.filter((item) => item.departmentId === id).length
  return {
    ideas: count(meeting.ideas),
    attendees: count(meeting.attendees),
    actions: count(meeting.actions)
  }
}

/** One department: name, colour, shortcut key, and removal (with a choice of where its items go). */
export function DepartmentRow({
  meeting,
  department
}: {
  meeting: Meeting
  department: Department
}) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [moving, setMoving] = useState(false)
  const others = meeting.departments.filter((d) => d.id !== department.id)
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '')
  const moveSelect = useRef<HTMLSelectElement>(null)
  const moveId = useId()
  const usage = usageOf(meeting, department.id)
  const inUse = usage.ideas + usage.attendees + usage.actions > 0
  const base = `field:department.${department.id}` as const
  const update = (patch: { name?: string; color?: string; key?: string }, field: string) =>
    sendCommand({ type: 'department.update', id: department.id, ...patch }, `${base}.${field}`)

  const remove = (reassignTo: string | null) =>
    sendCommand({ type: 'department.remove', id: department.id, reassignTo }, `${base}.remove`)

  return (
    <li className="department-row">
      <span className="swatch large" style={{ background: department.color }} aria-hidden="true" />
      <CommitField
        label={s.nameOf(department.name)}
        value={department.name}
        scope={`${base}.name`}
        onCommit={(name) => update({ name }, 'name')}
        hideLabel
      />
      <CommitField
        label={s.colorOf(department.name)}
        value={department.color}
        scope={`${base}.color`}
        onCommit={(color) => update({ color: color.trim() }, 'color')}
        hideLabel
      />
      <CommitField
        label={s.keyOf(department.name)}
        value={department.key}
        scope={`${base}.key`}
        onCommit={(key) => update({ key }, 'key')}
        hideLabel
      />
      <p className="muted usage">
        {inUse ? s.usage(usage.ideas, usage.attendees, usage.actions) : s.unused}
      </p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (!inUse) {
            void remove(null)
            return
          }
          setMoving(true)
          setTimeout(() => moveSelect.current?.focus(), 0)
        }}
      >
        {s.remove(department.name)}
      </button>
      {moving && (
        <div className="move-choice">
          <label htmlFor={moveId}>{s.moveTo(department.name)}</label>
          <select
            id={moveId}
            ref={moveSelect}
            value={moveTo}
            onChange={(event) => setMoveTo(event.target.value)}
          >
            <Options options={others} />
          </select>
          <button
            type="button"
            className="primary"
            onClick={() => void remove(moveTo).then((ok) => ok && setMoving(false))}
          >
            {s.confirmMove}
          </button>
          <button type="button" onClick={() => setMoving(false)}>
            {s.cancel}
          </button>
        </div>
      )}
      <FieldError scope={`${base}.remove`} />
    </li>
  )
}
