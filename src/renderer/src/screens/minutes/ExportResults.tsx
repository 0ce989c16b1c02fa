import type { ExportResult } from '../../../../shared/ipc/contract'
import { useAppStore } from '../../store/StoreProvider'
import { folderOf } from '../../store/exportSlice'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'

const s = strings.minutes
const SCOPE = 'field:reveal' as const

const fileNameOf = (path: string): string =>
  path.slice((folderOf(path) ?? '').length).replace(/^[/\\]/, '')

/** The files an export wrote, each with Open and Show in folder, and anything worth knowing. */
export function ExportResults({ result }: { result: ExportResult }) {
  const revealExport = useAppStore((st) => st.revealExport)
  return (
    <section className="export-results" aria-labelledby="export-results-heading">
      <h3 id="export-results-heading" tabIndex={-1}>
        {s.resultsHeading}
      </h3>
      <ul>
        {result.files.map((file) => {
          const name = fileNameOf(file.path)
          return (
            <li key={file.path}>
              <span className="badge">{s.formatShort[file.format]}</span>
              <span className="export-path" title={file.path}>
                {file.path}
              </span>
              <button
                type="button"
                aria-label={s.openLabel(name)}
                onClick={() => void revealExport(file.path, 'open', SCOPE)}
              >
                {s.open}
              </button>
              <button
                type="button"
                aria-label={s.showLabel(name)}
                onClick={() => void revealExport(file.path, 'show', SCOPE)}
              >
                {s.show}
              </button>
            </li>
          )
        })}
      </ul>
      <ScopedError scope={SCOPE} />
      {result.warnings.length > 0 && (
        <div className="export-warnings" role="note" aria-labelledby="export-warnings-heading">
          <h4 id="export-warnings-heading">{s.warningsHeading}</h4>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
