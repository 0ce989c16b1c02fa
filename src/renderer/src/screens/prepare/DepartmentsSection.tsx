import { useKeptDraft } from '../../hooks/useKeptDraft'
import { useRef, useState } from 'react'
import {
  missingPresets,
  suggestDepartmentColor,
  suggestDepartmentKey
} from '../../../../shared/meeting/departmentDefaults'
import type { Meeting } from '../../../../shared/meeting/schema'
import { SelectField, TextField } from '../../components/Field'
import { SubmitForm } from '../../components/SubmitForm'
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
      <SubmitForm className="form-row" onSubmit={add}>
        <TextField label={s.name} className="grow" ref={nameRef} value={name} onValue={setName} />
        <TextField
          label={s.color}
          className="narrow"
          value={color}
          placeholder={suggestedColor}
          onValue={setColor}
        />
        <TextField
          label={s.key}
          className="tiny"
          value={key}
          maxLength={1}
          placeholder={suggestedKey}
          onValue={setKey}
        />
        <button type="submit">{s.add}</button>
      </SubmitForm>
      {presets.length > 0 && (
        <div className="form-row">
          <SelectField
            label={s.presets}
            value={preset || presets[0]!.name}
            options={presets.map((p) => ({ id: p.name, name: s.presetOption(p.name) }))}
            onValue={setPreset}
          />
          <button type="button" onClick={() => void addPreset()}>
            {s.addPreset}
          </button>
        </div>
      )}
      <FieldError scope={ADD_SCOPE} />
    </PrepareSection>
  )
}
