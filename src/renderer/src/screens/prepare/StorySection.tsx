import type { Meeting, StoryField } from '../../../../shared/meeting/schema'
import { STORY_FIELDS } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.story
const LONG: ReadonlySet<StoryField> = new Set(['text', 'impact'])

/** The customer story, field by field, each with its own "keep out of the minutes" box. */
export function StorySection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const { story } = meeting
  const setPrivate = (field: StoryField, isPrivate: boolean) => {
    const others = story.privateFields.filter((f) => f !== field)
    const privateFields = isPrivate ? [...others, field] : others
    return sendCommand(
      { type: 'story.update', patch: { privateFields } },
      `field:story.${field}.private`
    )
  }

  return (
    <PrepareSection id="prepare-story" title={s.heading}>
      <p className="muted">{s.intro}</p>
      <div className="prepare-grid">
        {STORY_FIELDS.map((field) => {
          const long = LONG.has(field)
          return (
            <div key={field} className={long ? 'story-field span-all' : 'story-field'}>
              <CommitField
                label={s.fields[field]}
                value={story[field]}
                scope={`field:story.${field}`}
                multiline={long}
                rows={field === 'text' ? 8 : 2}
                hint={long ? s.textHint : undefined}
                className={field === 'text' ? 'story-text' : undefined}
                onCommit={(value) =>
                  sendCommand(
                    { type: 'story.update', patch: { [field]: value } },
                    `field:story.${field}`
                  )
                }
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={story.privateFields.includes(field)}
                  aria-label={s.privateOf(s.fields[field])}
                  onChange={(event) => void setPrivate(field, event.target.checked)}
                />
                <span aria-hidden="true">{s.private}</span>
              </label>
              <FieldError scope={`field:story.${field}.private`} />
            </div>
          )
        })}
        <div className="story-field">
          <CommitField
            label={s.contact}
            value={story.contact}
            scope="field:story.contact"
            hint={s.contactHint}
            onCommit={(value) =>
              sendCommand(
                { type: 'story.update', patch: { contact: value } },
                'field:story.contact'
              )
            }
          />
        </div>
      </div>
    </PrepareSection>
  )
}
