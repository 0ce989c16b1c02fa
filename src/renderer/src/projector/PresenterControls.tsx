import { useEffect } from 'react'
import { ToggleButton } from '../components/ToggleButton'
import { useKeymap } from '../keymap/useKeymap'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import '../styles/presenter.css'

/**
 * The facilitator's projector controls in the meeting header: present / stop (Ctrl+P or F5), blank
 * (Ctrl+B), freeze (Ctrl+Shift+F) and the projector's light theme. While mounted, the open meeting is
 * the one presented, so the projector follows whatever the facilitator has open.
 */
export function PresenterControls({ meetingId }: { meetingId: string }) {
  const presentation = useAppStore((s) => s.presentation)
  const setPresentation = useAppStore((s) => s.setPresentation)
  const openProjector = useAppStore((s) => s.openProjector)
  const closeProjector = useAppStore((s) => s.closeProjector)
  const t = strings.projector.presenter

  useEffect(() => {
    void setPresentation({ meetingId })
    return () => void setPresentation({ meetingId: null })
  }, [meetingId, setPresentation])

  const open = presentation?.projectorOpen ?? false
  const blank = presentation?.blank ?? false
  const frozen = presentation?.frozen ?? false
  const light = presentation?.theme === 'light'
  const actions = {
    togglePresent: () => void (open ? closeProjector() : openProjector()),
    toggleBlank: () => void setPresentation({ blank: !blank }),
    toggleFreeze: () => void setPresentation({ frozen: !frozen })
  }
  useKeymap('presenter', actions, { ignoreRepeat: true })

  const status = !open
    ? t.status.off
    : blank
      ? t.status.blank
      : frozen
        ? t.status.frozen
        : t.status.live
  return (
    <div className="presenter-controls" role="group" aria-label={t.groupLabel}>
      <ToggleButton pressed={open} keys="Control+P F5" onClick={actions.togglePresent}>
        {open ? t.stopPresenting : t.present}
      </ToggleButton>
      <ToggleButton pressed={blank} keys="Control+B" onClick={actions.toggleBlank}>
        {t.blank}
      </ToggleButton>
      <ToggleButton pressed={frozen} keys="Control+Shift+F" onClick={actions.toggleFreeze}>
        {t.freeze}
      </ToggleButton>
      <ToggleButton
        pressed={light}
        onClick={() => void setPresentation({ theme: light ? 'dark' : 'light' })}
      >
        {t.theme}
      </ToggleButton>
      <span className="muted presenter-status" role="status">
        {status}
      </span>
    </div>
  )
}
