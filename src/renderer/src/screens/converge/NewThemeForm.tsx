import { useState } from 'react'
import { strings } from '../../strings'

const s = strings.converge

/** Adds a theme by name, with the selected ideas in it when there are any. */
export function NewThemeForm({
  selectedCount,
  onAdd
}: {
  selectedCount: number
  onAdd: (name: string) => Promise<boolean>
}) {
  const [name, setName] = useState('')
  return (
    <form
      className="form-row new-theme"
      onSubmit={(e) => {
        e.preventDefault()
        void onAdd(name).then((ok) => ok && setName(''))
      }}
    >
      <div className="field grow">
        <label htmlFor="converge-new-theme">{s.newThemeLabel}</label>
        <input
          id="converge-new-theme"
          type="text"
          placeholder={s.newThemePlaceholder}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit">{selectedCount > 0 ? s.addSelected(selectedCount) : s.addTheme}</button>
    </form>
  )
}
