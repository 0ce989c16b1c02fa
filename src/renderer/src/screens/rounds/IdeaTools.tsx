import { ToggleButton } from '../../components/ToggleButton'
import { strings } from '../../strings'
import { EditForm, MergeForm, MoveForm } from './IdeaToolForms'
import type { IdeaToolsProps, ToolMode } from './IdeaToolForms'

export type { ToolMode } from './IdeaToolForms'

const t = strings.rounds.tools

/** The tools that open a form, with their shortcuts (each is named by its mode's string). */
const FORM_TOOLS: { mode: Exclude<ToolMode, null>; keys: string }[] = [
  { mode: 'edit', keys: 'Alt+Shift+E' },
  { mode: 'move', keys: 'Alt+Shift+M' },
  { mode: 'merge', keys: 'Alt+Shift+G' }
]

/**
 * The selected idea's tools: edit, move to another round, merge into another idea, delete. Each is
 * one command, so Ctrl/Cmd+Z takes it back.
 */
export function IdeaTools(props: IdeaToolsProps) {
  const { idea, number, departments, mode, onMode, onDelete, onApply } = props
  const department = departments.find((d) => d.id === idea.departmentId)?.name ?? ''
  return (
    <section className="idea-tools" aria-label={t.label}>
      <div className="idea-tools-bar">
        <strong>{t.selected(number, department)}</strong>
        {FORM_TOOLS.map((tool) => (
          <ToggleButton
            key={tool.mode}
            pressed={mode === tool.mode}
            keys={tool.keys}
            onClick={() => onMode(tool.mode)}
          >
            {t[tool.mode]}
          </ToggleButton>
        ))}
        <ToggleButton
          pressed={idea.hidden === true}
          onClick={() =>
            void onApply(
              { type: 'idea.setHidden', id: idea.id, hidden: !idea.hidden },
              idea.hidden ? strings.room.showIdea : strings.room.hideIdea,
              true
            )
          }
        >
          {strings.room.hideIdea}
        </ToggleButton>
        <button
          type="button"
          className="danger"
          aria-keyshortcuts="Alt+Shift+Delete"
          onClick={onDelete}
        >
          {t.delete}
        </button>
        <span className="hint">{t.keys}</span>
      </div>
      {/* Keyed by idea so a new selection starts the form from that idea's values. */}
      {mode === 'edit' && <EditForm key={idea.id} {...props} />}
      {mode === 'move' && <MoveForm key={idea.id} {...props} />}
      {mode === 'merge' && <MergeForm key={idea.id} {...props} />}
    </section>
  )
}
