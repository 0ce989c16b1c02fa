import { useEffect, useId, useState } from 'react'
import type { MeetingSource } from '../../../shared/ipc/contract'
import { SelectField, TextField } from '../components/Field'
import { SubmitForm } from '../components/SubmitForm'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import { ScopedError } from './ScopedError'
import { LanguageField } from './prepare/LanguageField'
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locale'

const TEMPLATE = 'template'
/** Option values for saved templates carry this prefix; the rest are meeting ids to copy. */
const USER_TEMPLATE = 'user-template:'

/** Starts a meeting from the built-in template, a template the user saved, or a copy of a meeting. */
export function NewMeetingForm() {
  const meetings = useAppStore((s) => s.meetings)
  const createMeeting = useAppStore((s) => s.createMeeting)
  const templates = useAppStore((s) => s.templates)
  const loadTemplates = useAppStore((s) => s.loadTemplates)
  const [title, setTitle] = useState('')
  const [sourceValue, setSourceValue] = useState(TEMPLATE)
  const [language, setLanguage] = useState<Locale>(DEFAULT_LOCALE)
  const [busy, setBusy] = useState(false)
  const titleId = useId()

  useEffect(() => {
    void loadTemplates('newMeeting')
  }, [loadTemplates])

  const submit = async () => {
    const source: MeetingSource =
      sourceValue === TEMPLATE
        ? { kind: 'template', language }
        : sourceValue.startsWith(USER_TEMPLATE)
          ? { kind: 'userTemplate', templateId: sourceValue.slice(USER_TEMPLATE.length) }
          : { kind: 'copy', meetingId: sourceValue }
    setBusy(true)
    await createMeeting(title, source)
    setBusy(false)
  }

  return (
    <section className="panel" aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>{strings.library.newHeading}</h2>
      <SubmitForm className="form-row" onSubmit={submit}>
        <TextField
          label={strings.library.titleLabel}
          className="grow"
          value={title}
          placeholder={strings.library.titlePlaceholder}
          onValue={setTitle}
        />
        <SelectField
          label={strings.library.sourceLabel}
          className="grow"
          value={sourceValue}
          options={[
            { id: TEMPLATE, name: strings.library.sourceTemplate },
            ...templates.map((t) => ({
              id: `${USER_TEMPLATE}${t.id}`,
              name: strings.prepare.template.sourceOption(t.name)
            })),
            ...meetings.map((m) => ({
              id: m.id,
              name: strings.library.sourceCopy(m.title || strings.library.untitled)
            }))
          ]}
          onValue={setSourceValue}
        />
        {sourceValue === TEMPLATE && (
          // Copies and saved templates keep their own language (changed later in Prepare).
          <LanguageField
            label={strings.library.languageLabel}
            value={language}
            onChoose={setLanguage}
          />
        )}
        <button type="submit" className="primary" disabled={busy}>
          {strings.library.create}
        </button>
      </SubmitForm>
      <ScopedError scope="newMeeting" />
    </section>
  )
}
