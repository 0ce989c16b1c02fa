import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Meeting } from '../../shared/meeting/schema'
import { FontPicker } from '../../shared/minutes/fontChain'
import type { UndrawableCharacter } from '../../shared/minutes/glyphCoverage'
import { replaceUndrawable, undrawableWarnings } from '../../shared/minutes/glyphCoverage'
import { minutesDocument } from '../../shared/minutes/minutesDocument'
import { minutesWording } from '../../shared/minutes/minutesWording'
import { withFontChain } from '../../shared/minutes/pdfFontChainDocument'
import { shapeText } from '../../shared/minutes/pdfTextRuns'
import type { PdfDocument } from '../../shared/minutes/pdfTypes'
import { allFontPaths, fontChain, fontFamilies } from './fonts'
import { installActualText } from './pdfActualText'
import { fontFileSystem, installFontCache } from './pdfFontCache'
import { installRtlLines } from './pdfRtlLines'

/** What a rendering produced: the bytes and anything the reader should be told. */
export interface RenderedFile {
  bytes: Buffer
  warnings: string[]
}

let configured = false

/**
 * pdfmake is a process-wide singleton; configure it once: our fonts only, no URL fetching, and no
 * local file reads except the font files themselves (a document definition can name images or
 * attachments by path, and the minutes must never pull files off the user's disk). pdfmake opens
 * a family's file only when a text run names it, and pdfkit embeds the glyphs used (a subset).
 * The font files reach pdfmake through a virtual file system, so each is read, parsed and its
 * words shaped once per process (see pdfFontCache.ts).
 */
function configurePdfmake(): void {
  if (configured) return
  const families = fontFamilies()
  const allowed = allFontPaths()
  pdfmake.setFonts(families)
  ;(pdfmake as unknown as { virtualfs: unknown }).virtualfs = fontFileSystem(allowed)
  installFontCache()
  installActualText()
  installRtlLines()
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

/** The language whose CJK glyph shapes to prefer when a meeting's text does not tell. */
const systemLanguage = () => Intl.DateTimeFormat().resolvedOptions().locale

/** The font picker for one meeting (the CJK variant follows its text and the system language). */
export function meetingFontPicker(meeting: Meeting, language = systemLanguage()): FontPicker {
  return new FontPicker(fontChain(JSON.stringify(meeting), language))
}

/**
 * The meeting as the PDF will print it (NFC, every character no font has replaced by one visible
 * �), and the characters so replaced: the export warns with these, and the Minutes stage shows
 * them before anything is written.
 */
export function pdfReadyMeeting(meeting: Meeting): {
  value: Meeting
  undrawable: UndrawableCharacter[]
  picker: FontPicker
} {
  const picker = meetingFontPicker(meeting)
  return { ...replaceUndrawable(meeting, picker.draws), picker }
}

/**
 * The minutes' complete pdfmake document definition (texts shaped through the font chain), and
 * the characters no font has. The bench renders this same definition with bare pdfmake.
 */
export function minutesDefinition(meeting: Meeting): {
  doc: PdfDocument
  undrawable: UndrawableCharacter[]
} {
  const { value, undrawable, picker } = pdfReadyMeeting(meeting)
  const doc = withFontChain(minutesDocument(value), (text, whole) => shapeText(text, picker, whole))
  return { doc, undrawable }
}

/** The action minutes as PDF bytes; characters no font has are shown as � and reported. */
export async function renderMinutesPdf(meeting: Meeting): Promise<RenderedFile> {
  const { doc, undrawable } = minutesDefinition(meeting)
  const bytes = await renderPdfDocument(doc)
  const words = minutesWording(meeting.facts.language).glyphs
  return { bytes, warnings: undrawableWarnings(undrawable, words) }
}
