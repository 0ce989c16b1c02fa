import { METRIC_KINDS } from '../../../../shared/meeting/schema'
import { DateTextInput } from '../../components/DateTextInput'
import { strings } from '../../strings'
import type { ActionDraft, DraftField } from './actionDraft'
import { FormField } from './FormField'

const s = strings.actions

/** The action form's customer metric: what is measured, from what baseline, to what target, when. */
export function MetricFields({
  draft,
  set,
  err
}: {
  draft: ActionDraft
  set: <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => void
  err: (field: DraftField) => string | undefined
}) {
  return (
    <fieldset className="metric-fields">
      <legend>{s.metricHeading}</legend>
      <div className="form-row">
        <FormField id="action-metricKind" label={s.metricKind}>
          {(aria) => (
            <select
              {...aria}
              value={draft.metricKind}
              onChange={(e) => set('metricKind', e.target.value as ActionDraft['metricKind'])}
            >
              {METRIC_KINDS.map((k) => (
                <option key={k} value={k}>
                  {s.metricKinds[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.metricKind === 'custom' && (
          <FormField id="action-customName" label={s.customName} error={err('customName')}>
            {(aria) => (
              <input
                {...aria}
                type="text"
                value={draft.customName}
                onChange={(e) => set('customName', e.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField id="action-baseline" label={s.baseline}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              value={draft.baseline}
              onChange={(e) => set('baseline', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="action-target" label={s.target}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              value={draft.target}
              onChange={(e) => set('target', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="action-measureOn" label={s.measureOn} error={err('measureOn')}>
          {(aria) => (
            <DateTextInput
              {...aria}
              value={draft.measureOn}
              onChange={(text) => set('measureOn', text)}
            />
          )}
        </FormField>
      </div>
    </fieldset>
  )
}
