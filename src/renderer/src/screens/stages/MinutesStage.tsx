import { useEffect, useRef, useState } from 'react'
import { EXPORT_FORMATS } from '../../../../shared/ipc/contract'
import type { ExportFormat } from '../../../../shared/ipc/contract'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/actions.css'
import '../../styles/minutes.css'
import { ExportResults } from '../minutes/ExportResults'
import { PdfCheck } from '../minutes/PdfCheck'
import { ScopedError } from '../ScopedError'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.minutes
const SCOPE = 'field:export' as const

/**
 * The export dialog: pick formats, choose a folder (main's native dialog, which opens at the last
 * folder) or reuse this session's last folder, watch it run, then open or show each file.
 */
export function MinutesStage({ meeting }: StageProps) {
  const exportMinutes = useAppStore((st) => st.exportMinutes)
  const status = useAppStore((st) => st.exportStatus)
  const lastFolder = useAppStore((st) => st.lastExportFolder)
  const [formats, setFormats] = useState<ReadonlySet<ExportFormat>>(() => new Set(EXPORT_FORMATS))
  const resultsShown = useRef<unknown>(null)
  const checkPdf = useAppStore((st) => st.checkPdf)
  const pdfCheck = useAppStore((st) => st.pdfCheck)

  // Before anything is written: which characters would the PDF not draw? Asked again on every change.
  useEffect(() => {
    void checkPdf(SCOPE)
  }, [checkPdf, meeting.id, meeting.updatedAt])
  const check =
    pdfCheck && pdfCheck.meetingId === meeting.id && pdfCheck.updatedAt === meeting.updatedAt
      ? pdfCheck.undrawable
      : null

  const mine = status.kind !== 'idle' && status.meetingId === meeting.id
  const running = mine && status.kind === 'running'
  const result = mine && status.kind === 'done' ? status.result : null

  // When a result arrives, focus its heading so keyboard users land on Open / Show in folder.
  useEffect(() => {
    if (!result || resultsShown.current === result) return
    resultsShown.current = result
    document.getElementById('export-results-heading')?.focus()
  }, [result])

  const toggle = (format: ExportFormat) =>
    setFormats((current) => {
      const next = new Set(current)
      if (next.has(format)) next.delete(format)
      else next.add(format)
      return next
    })
  const chosen = EXPORT_FORMATS.filter((f) => formats.has(f))
  const run = (folder: string | null) => void exportMinutes(chosen, folder, SCOPE)

  return (
    <StageFrame kind="minutes">
      <p className="lead">{s.intro}</p>
      <div className="export-dialog panel-like" aria-busy={running}>
        <fieldset className="export-formats">
          <legend>{s.formatsLegend}</legend>
          {EXPORT_FORMATS.map((format) => (
            <label key={format} className="checkbox">
              <input
                type="checkbox"
                checked={formats.has(format)}
                disabled={running}
                onChange={() => toggle(format)}
              />
              {s.formats[format]}
            </label>
          ))}
        </fieldset>
        {chosen.length === 0 && <p className="field-error">{s.noFormat}</p>}
        <div className="form-row">
          <button
            type="button"
            className="primary"
            disabled={running || chosen.length === 0}
            onClick={() => run(null)}
          >
            {s.chooseFolder}
          </button>
          {lastFolder && (
            <button
              type="button"
              disabled={running || chosen.length === 0}
              onClick={() => run(lastFolder)}
            >
              {s.exportToLast(lastFolder)}
            </button>
          )}
        </div>
        <div className="export-status" role="status" aria-live="polite">
          {running && (
            <>
              <progress aria-label={s.busy} />
              <span>{s.busy}</span>
            </>
          )}
          {mine && status.kind === 'cancelled' && <span>{s.cancelled}</span>}
          {result && <span>{s.done(result.files.length)}</span>}
        </div>
        <ScopedError scope={SCOPE} />
        <PdfCheck undrawable={check} wantsPdf={formats.has('pdf')} />
      </div>
      {result && <ExportResults result={result} />}
    </StageFrame>
  )
}
