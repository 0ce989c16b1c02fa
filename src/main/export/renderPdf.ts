import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Meeting } from '../../shared/meeting/schema'
import { replaceUndrawable, undrawableWarnings } from '../../shared/minutes/glyphCoverage'
import { MINUTES_FONT, minutesDocument } from '../../shared/minutes/minutesDocument'
import type { PdfDocument } from '../../shared/minutes/pdfTypes'
import { fontCoverage, fontPaths } from './fonts'

/** What a rendering produced: the bytes and anything the reader should be told. */
export interface RenderedFile {
  bytes: Buffer
  warnings: string[]
}

let configured = false

/**
 * pdfmake is a process-wide singleton; configure it once: our fonts only, no URL fetching, and no
 * local file reads except the font files themselves (a document definition can name images or
 * attachments by path, and the minutes must never pull files off the user's disk).
 */
function configurePdfmake(): void {
  if (configured) return
  const fonts = fontPaths()
  const allowed = new Set(Object.values(fonts))
  pdfmake.setFonts({ [MINUTES_FONT]: { ...fonts } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
  configured = true
}

/** Renders any pdfmake document definition with the minutes' fonts and access policies. */
export async function renderPdfDocument(doc: PdfDocument): Promise<Buffer> {
  configurePdfmake()
  // The shared definition is a structural subset of pdfmake's own types (declared locally to keep
  // pdfmake out of src/shared), so the cast is only a change of name.
  const definition = doc as unknown as TDocumentDefinitions
  return pdfmake.createPdf(definition).getBuffer()
}

/** The action minutes as PDF bytes; characters the fonts cannot draw are shown as � and reported. */
export async function renderMinutesPdf(meeting: Meeting): Promise<RenderedFile> {
  const { value, undrawable } = replaceUndrawable(meeting, fontCoverage())
  const bytes = await renderPdfDocument(minutesDocument(value))
  return { bytes, warnings: undrawableWarnings(undrawable) }
}
