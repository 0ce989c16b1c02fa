import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent as ReactKeyboardEvent } from 'react'
import { cheatSheetRows } from '../keymap/cheatSheetRows'
import type { ShortcutEntry } from '../keymap/cheatSheetRows'
import { useKeymap } from '../keymap/useKeymap'
import { strings } from '../strings'

/** Shortcuts grouped by where they work, groups in order of first mention. */
function groupByWhere(entries: readonly ShortcutEntry[]): Array<[string, ShortcutEntry[]]> {
  const groups = new Map<string, ShortcutEntry[]>()
  for (const entry of entries) groups.set(entry.where, [...(groups.get(entry.where) ?? []), entry])
  return [...groups]
}

/**
 * The `?` cheat sheet: a button in the header and a dialog listing every shortcut of the keymap.
 * `?` opens it from anywhere outside a text field; Escape closes it and focus goes back where it was.
 */
export function CheatSheet() {
  const s = strings.stagesIntro.cheatSheet
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const closeRef = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)

  useKeymap('cheatSheet', { showShortcuts: () => setOpen(true) })

  useEffect(() => {
    if (open) {
      const active = document.activeElement
      returnTo.current = active instanceof HTMLElement ? active : null
      closeRef.current?.focus()
    } else if (returnTo.current) {
      returnTo.current.focus()
      returnTo.current = null
    }
  }, [open])

  const onDialogKeyDown = (event: ReactKeyboardEvent) => {
    // Keys pressed in the dialog are the dialog's: they must not move stages underneath it.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(false)
    } else if (event.key === 'Tab') {
      // The close button is the only control: keep focus inside the dialog.
      event.preventDefault()
      closeRef.current?.focus()
    }
  }

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {s.open}
      </button>
      {open && (
        <div className="dialog-backdrop">
          <div
            className="dialog cheat-sheet"
            role="dialog"
            aria-modal="true"
            aria-labelledby={headingId}
            onKeyDown={onDialogKeyDown}
          >
            <div className="dialog-header">
              <h2 id={headingId}>{s.heading}</h2>
              <button type="button" ref={closeRef} onClick={() => setOpen(false)}>
                {s.close}
              </button>
            </div>
            <table>
              <thead>
                <tr>
                  <th scope="col">{s.keys}</th>
                  <th scope="col">{s.what}</th>
                </tr>
              </thead>
              {groupByWhere(cheatSheetRows()).map(([where, entries]) => (
                <tbody key={where}>
                  <tr>
                    <th scope="rowgroup" colSpan={2} className="shortcut-group">
                      {where}
                    </th>
                  </tr>
                  {entries.map((entry) => (
                    <tr key={`${entry.keys}|${entry.action}`}>
                      <td>
                        <kbd>{entry.keys}</kbd>
                      </td>
                      <td>{entry.action}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </div>
      )}
    </>
  )
}
