import type { Meeting } from '../../../../shared/meeting/schema'
import type { IdeaFilter } from '../../../../shared/meeting/search'
import { Options, type Choice } from '../../components/Field'
import { onKey } from '../../components/keys'
import { strings } from '../../strings'

const t = strings.search

export interface SearchFieldIds {
  query: string
  dept: string
  round: string
  theme: string
  hint: string
}

/** The search panel's fields: the words, the department, round and theme filters, and Close. */
export function SearchFilters({
  meeting,
  ids,
  query,
  filter,
  onQuery,
  onFilter,
  onEnter,
  onClose
}: {
  meeting: Meeting
  ids: SearchFieldIds
  query: string
  filter: IdeaFilter
  onQuery: (query: string) => void
  onFilter: (field: keyof IdeaFilter, value: string | null) => void
  /** Enter in the words field: open the first result. */
  onEnter: () => void
  onClose: () => void
}) {
  const any = { id: '', name: t.any }
  const choices: { field: keyof IdeaFilter; id: string; label: string; options: Choice[] }[] = [
    {
      field: 'departmentId',
      id: ids.dept,
      label: t.departmentFilter,
      options: meeting.departments
    },
    {
      field: 'roundId',
      id: ids.round,
      label: t.roundFilter,
      options: meeting.rounds.map((r) => ({ id: r.id, name: r.title }))
    },
    {
      field: 'themeId',
      id: ids.theme,
      label: t.themeFilter,
      options: [{ id: 'none', name: t.noTheme }, ...meeting.themes]
    }
  ]
  return (
    <div className="search-fields">
      <div className="field grow">
        <label htmlFor={ids.query}>{t.queryLabel}</label>
        <input
          id={ids.query}
          type="search"
          value={query}
          placeholder={t.queryPlaceholder}
          autoComplete="off"
          autoFocus
          aria-describedby={ids.hint}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={onKey('Enter', onEnter)}
        />
      </div>
      {choices.map(({ field, id, label, options }) => (
        <div className="field" key={field}>
          <label htmlFor={id}>{label}</label>
          <select
            id={id}
            value={filter[field] ?? ''}
            onChange={(e) => onFilter(field, e.target.value === '' ? null : e.target.value)}
          >
            <Options options={[any, ...options]} />
          </select>
        </div>
      ))}
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </div>
  )
}
