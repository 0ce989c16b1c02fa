import { useKeptDraft } from '../../hooks/useKeptDraft'
import { useId, useRef, useState } from 'react'
import {
  missingPresets,
  suggestDepartmentColor,
  suggestDepartmentKey
} from '../../../../shared/meeting/departmentDefaults'
import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { DepartmentRow } from './DepartmentRow'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.departments
const ADD_SCOPE = 'field:department.add'

/** The meeting's departments, with presets and a form to add one. */
export function DepartmentsSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [name, setName] = useKeptDraft(`${meeting.id}:department.name`)
  const [color, setColor] = useKeptDraft(`${meeting.id}:department.color`)
  const [key, setKey] = useKeptDraft(`${meeting.id}:department.key`)
  const nameRef = useRef<HTMLInputElement>(null)
  const ids = { name: useId(), color: useId(), key: useId(), preset: useId() }
  const presets = missingPresets(meeting.departments, meeting.facts.language)
  const [preset, setPreset] = useState('')
  const suggestedColor = suggestDepartmentColor(meeting.departments)
  const suggestedKey = suggestDepartmentKey(name, meeting.departments) ?? ''

  const add = async () => {
    const ok = await sendCommand(
      {
        type: 'department.add',
        name,
        color: color.trim() || suggestedColor,
        key: key.trim() || suggestedKey
      },
      ADD_SCOPE
    )
    if (!ok) return
    setName('')
    setColor('')
    setKey('')
    nameRef.current?.focus()
  }

  const addPreset = async () => {
    const chosen = presets.find((p) => p.name === preset) ?? presets[0]
    if (!chosen) return
    const free = suggestDepartmentKey(chosen.name, meeting.departments) ?? chosen.key
    const taken = meeting.departments.some((d) => d.key === chosen.key)
    const ok = await sendCommand(
      { type: 'department.add', ...chosen, key: taken ? free : chosen.key },
      ADD_SCOPE
    )
    if (ok) setPreset('')
  }

  return (
    <PrepareSection id="prepare-departments" title={s.heading}>
      <p className="hint">{s.keyHint}</p>
      {/* Column names for sighted users; every field also has its own full label. */}
      <div className="department-row list-header" aria-hidden="true">
        <span />
        <span>{s.name}</span>
        <span>{s.color}</span>
        <span>{s.keyColumn}</span>
        <span>{s.usedBy}</span>
      </div>
      <ul className="department-list">
        {meeting.departments.map((d) => (
          <DepartmentRow key={d.id} meeting={meeting} department={d} />
        ))}
      </ul>
      <h4>{s.addHeading}</h4>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <div className="field grow">
          <label htmlFor={ids.name}>{s.name}</label>
          <input
            id={ids.name}
            ref={nameRef}
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field narrow">
          <label htmlFor={ids.color}>{s.color}</label>
          <input
            id={ids.color}
            type="text"
            value={color}
            placeholder={suggestedColor}
            onChange={(event) => setColor(event.target.value)}
          />
        </div>
        <div className="field tiny">
          <label htmlFor={ids.key}>{s.key}</label>
          <input
            id={ids.key}
            type="text"
            value={key}
            maxLength={1}
            placeholder={suggestedKey}
            onChange={(event) => setKey(event.target.value)}
          />
        </div>
        <button type="submit">{s.add}</button>
      </form>
      {presets.length > 0 && (
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.preset}>{s.presets}</label>
            <select
              id={ids.preset}
              value={preset || presets[0]!.name}
              onChange={(event) => setPreset(event.target.value)}
            >
              {presets.map((p) => (
                <option key={p.name} value={p.name}>
                  {s.presetOption(p.name)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void addPreset()}>
            {s.addPreset}
          </button>
        </div>
      )}
      <FieldError scope={ADD_SCOPE} />
    </PrepareSection>
  )
}
