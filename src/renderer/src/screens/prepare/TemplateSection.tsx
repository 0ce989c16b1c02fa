import { useEffect, useId, useState } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
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
  const inputId = useId()
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
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <div className="field grow">
          <label htmlFor={inputId}>{s.label}</label>
          <input
            id={inputId}
            type="text"
            value={value}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit">{s.save}</button>
      </form>
      <FieldError scope={SCOPE} />
      <p role="status">{saved ? s.saved(saved) : ''}</p>
      {templates.length > 0 && (
        <p className="muted">{s.existing(templates.map((t) => t.name).join(', '))}</p>
      )}
    </PrepareSection>
  )
}
