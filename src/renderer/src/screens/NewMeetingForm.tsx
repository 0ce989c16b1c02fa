import { useEffect, useId, useState } from 'react'
import type { MeetingSource } from '../../../shared/ipc/contract'
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
  const sourceId = useId()

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
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <div className="field grow">
          <label htmlFor={titleId}>{strings.library.titleLabel}</label>
          <input
            id={titleId}
            type="text"
            value={title}
            placeholder={strings.library.titlePlaceholder}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field grow">
          <label htmlFor={sourceId}>{strings.library.sourceLabel}</label>
          <select
            id={sourceId}
            value={sourceValue}
            onChange={(e) => setSourceValue(e.target.value)}
          >
            <option value={TEMPLATE}>{strings.library.sourceTemplate}</option>
            {templates.map((t) => (
              <option key={t.id} value={`${USER_TEMPLATE}${t.id}`}>
                {strings.prepare.template.sourceOption(t.name)}
              </option>
            ))}
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {strings.library.sourceCopy(m.title || strings.library.untitled)}
              </option>
            ))}
          </select>
        </div>
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
      </form>
      <ScopedError scope="newMeeting" />
    </section>
  )
}
