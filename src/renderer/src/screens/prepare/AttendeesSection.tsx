import { useKeptDraft } from '../../hooks/useKeptDraft'
import { useRef } from 'react'
import type { Attendee, Meeting } from '../../../../shared/meeting/schema'
import { SelectField, TextField } from '../../components/Field'
import { SubmitForm } from '../../components/SubmitForm'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.attendees
const ADD_SCOPE = 'field:attendee.add'

function AttendeeRow({ meeting, attendee }: { meeting: Meeting; attendee: Attendee }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const base = `field:attendee.${attendee.id}` as const
  return (
    <li className="attendee-row">
      <CommitField
        label={s.nameOf(attendee.name)}
        hideLabel
        value={attendee.name}
        scope={`${base}.name`}
        onCommit={(name) =>
          sendCommand({ type: 'attendee.update', id: attendee.id, name }, `${base}.name`)
        }
      />
      <SelectField
        label={s.departmentOf(attendee.name)}
        hideLabel
        value={attendee.departmentId}
        options={meeting.departments}
        onValue={(departmentId) =>
          void sendCommand(
            { type: 'attendee.update', id: attendee.id, departmentId },
            `${base}.department`
          )
        }
      >
        <FieldError scope={`${base}.department`} />
      </SelectField>
      <CommitField
        label={s.roleOf(attendee.name)}
        hideLabel
        value={attendee.role}
        scope={`${base}.role`}
        onCommit={(role) =>
          sendCommand({ type: 'attendee.update', id: attendee.id, role }, `${base}.role`)
        }
      />
      <button
        type="button"
        className="danger"
        onClick={() =>
          void sendCommand({ type: 'attendee.remove', id: attendee.id }, `${base}.remove`)
        }
      >
        {s.remove(attendee.name)}
      </button>
      <FieldError scope={`${base}.remove`} />
    </li>
  )
}

/** Who attends: name, department and role; the add form keeps focus for the next person. */
export function AttendeesSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [name, setName] = useKeptDraft(`${meeting.id}:attendee.name`)
  const [departmentId, setDepartmentId] = useKeptDraft(`${meeting.id}:attendee.department`)
  const [role, setRole] = useKeptDraft(`${meeting.id}:attendee.role`)
  const nameRef = useRef<HTMLInputElement>(null)
  const chosenDepartment =
    meeting.departments.find((d) => d.id === departmentId)?.id ?? meeting.departments[0]?.id ?? ''

  const add = async () => {
    const ok = await sendCommand(
      { type: 'attendee.add', name, departmentId: chosenDepartment, role },
      ADD_SCOPE
    )
    if (!ok) return
    setName('')
    setRole('')
    nameRef.current?.focus()
  }

  return (
    <PrepareSection id="prepare-attendees" title={s.heading}>
      {meeting.attendees.length === 0 ? (
        <p className="muted">{s.none}</p>
      ) : (
        <>
          <p className="muted">{s.count(meeting.attendees.length)}</p>
          <div className="attendee-row list-header" aria-hidden="true">
            <span>{s.name}</span>
            <span>{s.department}</span>
            <span>{s.role}</span>
          </div>
          <ul className="attendee-list">
            {meeting.attendees.map((a) => (
              <AttendeeRow key={a.id} meeting={meeting} attendee={a} />
            ))}
          </ul>
        </>
      )}
      <SubmitForm className="attendee-row add-row" onSubmit={add}>
        <TextField label={s.name} ref={nameRef} value={name} autoComplete="off" onValue={setName} />
        <SelectField
          label={s.department}
          value={chosenDepartment}
          options={meeting.departments}
          onValue={setDepartmentId}
        />
        <TextField label={s.role} value={role} autoComplete="off" onValue={setRole} />
        <button type="submit">{s.add}</button>
      </SubmitForm>
      <FieldError scope={ADD_SCOPE} />
    </PrepareSection>
  )
}
