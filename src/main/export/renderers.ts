import type { ExportFormat } from '../../shared/ipc/contract'
import type { Meeting } from '../../shared/meeting/schema'
import { minutesMarkdown } from '../../shared/minutes/minutesMarkdown'
import { calendarSkipped } from '../../shared/minutes/calendarEvents'
import { minutesCalendar } from './calendar'
import { actionsCsv } from './csv'
import type { RenderedFile } from './renderPdf'
import { renderMinutesPdfOffThread } from './pdfWorkerClient'

const text = (value: string): RenderedFile => ({ bytes: Buffer.from(value, 'utf8'), warnings: [] })

/**
 * Renders one export format in memory. The PDF is laid out on a worker thread so the main process
 * keeps answering while it renders. `now` stamps the calendar file (DTSTAMP).
 */
export async function renderExport(
  meeting: Meeting,
  format: ExportFormat,
  now: Date
): Promise<RenderedFile> {
  switch (format) {
    case 'pdf':
      return renderMinutesPdfOffThread(meeting)
    case 'md':
      return text(minutesMarkdown(meeting))
    case 'csv':
      return text(actionsCsv(meeting))
    case 'ics':
      return { ...text(minutesCalendar(meeting, now)), warnings: calendarSkipped(meeting) }
  }
}
