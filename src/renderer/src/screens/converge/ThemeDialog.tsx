import { useState } from 'react'
import type { Theme } from '../../../../shared/meeting/schema'
import { SubmitCancel, SubmitForm } from '../../components/SubmitForm'
import { onKey } from '../../components/keys'
import { strings } from '../../strings'

const s = strings.converge

/**
 * Opened by T: names the theme for the chosen ideas. An existing theme's name puts them in it; a new
 * name makes the theme. Escape closes it without a change.
 */
export function ThemeDialog({
  count,
  themes,
  onSubmit,
  onClear,
  onCancel
}: {
  count: number
  themes: Theme[]
  onSubmit: (name: string) => void
  /** Takes the ideas out of any theme. */
  onClear: () => void
  onCancel: () => void
}) {
  const [name, setName] = useState('')
  return (
    <SubmitForm
      className="theme-dialog"
      role="dialog"
      aria-label={s.themeDialogTitle}
      onSubmit={() => name.trim() && onSubmit(name)}
      onKeyDown={onKey('Escape', onCancel)}
    >
      <label htmlFor="converge-theme-name">{s.themeDialogLabel(count)}</label>
      <div className="form-row">
        <input
          id="converge-theme-name"
          type="text"
          list="converge-theme-names"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <datalist id="converge-theme-names">
          {themes.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
        <SubmitCancel submit={s.themeDialogSubmit} cancel={s.cancel} onCancel={onCancel}>
          <button type="button" onClick={onClear}>
            {s.takeOut}
          </button>
        </SubmitCancel>
      </div>
    </SubmitForm>
  )
}
