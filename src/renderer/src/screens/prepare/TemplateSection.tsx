import { useEffect, useState } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { TextField } from '../../components/Field'
import { SubmitForm } from '../../components/SubmitForm'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.template
const SCOPE = 'field:template'

/** Saves this meeting's setup (departments, rounds, plan…) as a template for later meetings. */
export function TemplateSection({ meeting }: { meeting: Meeting }) {
  const templates = useAppStore((st) => st.templates)
  const loadTemplates = useAppStore((st) => st.loadTemplates)
  const saveAsTemplate = useAppStore((st) => st.saveAsTemplate)
  const [name, setName] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const value = name ?? meeting.facts.title

  useEffect(() => {
    void loadTemplates()
  }, [loadTemplates])

  const save = async () => {
    const template = await saveAsTemplate(value, SCOPE)
    setSaved(template ? template.name : null)
  }

  return (
    <PrepareSection id="prepare-template" title={s.heading}>
      <SubmitForm className="form-row" onSubmit={save}>
        <TextField label={s.label} className="grow" value={value} onValue={setName} />
        <button type="submit">{s.save}</button>
      </SubmitForm>
      <FieldError scope={SCOPE} />
      <p role="status">{saved ? s.saved(saved) : ''}</p>
      {templates.length > 0 && (
        <p className="muted">{s.existing(templates.map((t) => t.name).join(', '))}</p>
      )}
    </PrepareSection>
  )
}
