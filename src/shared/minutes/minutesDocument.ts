import type { Meeting } from '../meeting/schema'
import { quarterLabel } from './format'
import type { MinutesModel } from './minutesModel'
import { minutesModel } from './minutesModel'
import type { PdfContent, PdfDocument, PdfStyle } from './pdfTypes'
import {
  actionsSection,
  carriedSection,
  closeSection,
  convergeSection,
  coverSection,
  escalationsSection,
  ideasSection,
  storySection
} from './pdfSections'

/** The font family the PDF adapter registers (Noto Sans, shipped in resources/fonts). */
export const MINUTES_FONT = 'NotoSans'

/** Past this many estimated pages the minutes get a table of contents after the cover. */
export const TOC_FROM_PAGES = 5

const INK = '#1d2633'
const MUTED = '#5b6573'

const STYLES: Record<string, PdfStyle> = {
  kicker: { fontSize: 9, bold: true, color: MUTED, margin: [0, 40, 0, 6] },
  title: { fontSize: 26, bold: true, color: INK, margin: [0, 0, 0, 8] },
  coverFacts: { fontSize: 12, color: MUTED, margin: [0, 0, 0, 14] },
  label: { fontSize: 9, bold: true, color: MUTED, margin: [0, 14, 0, 6] },
  mission: { fontSize: 13, italics: true, color: INK, margin: [0, 0, 0, 6] },
  h1: { fontSize: 16, bold: true, color: INK, margin: [0, 18, 0, 8] },
  h2: { fontSize: 12.5, bold: true, color: INK, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10.5, bold: true, color: INK, margin: [0, 0, 0, 2] },
  muted: { fontSize: 9, color: MUTED },
  cellMuted: { color: MUTED },
  empty: { italics: true, color: MUTED, margin: [0, 0, 0, 6] },
  table: { fontSize: 10, margin: [0, 6, 0, 10] },
  tableHeader: { bold: true, fontSize: 9, color: INK },
  benefit: { margin: [0, 2, 0, 2] },
  quote: { fontSize: 11, italics: true, lineHeight: 1.25, margin: [14, 4, 14, 10], color: INK },
  framing: { fontSize: 15, bold: true, color: INK, margin: [0, 4, 0, 10] },
  prompt: { italics: true, color: MUTED, margin: [0, 0, 0, 6] },
  idea: { margin: [20, 0, 0, 3] },
  ideaBuild: { margin: [32, 0, 0, 3] },
  ideaNumber: { bold: true, color: MUTED, fontSize: 9 },
  ideaNotes: { fontSize: 9, color: MUTED },
  warning: { fontSize: 9, bold: true, color: '#a33b00' },
  list: { margin: [0, 0, 0, 8] },
  nextReview: { fontSize: 13, bold: true, color: INK },
  toc: { fontSize: 10 }
}

/**
 * A rough page count from the amount of content, so the table of contents can be decided before
 * layout (pdfmake lays out once; measuring first would double the cost of large minutes).
 */
export function estimatedPages(model: MinutesModel): number {
  const lines =
    40 + // cover
    model.actions.length * 5 +
    model.escalations.length * 4 +
    Math.ceil(model.story.text.length / 90) +
    model.rounds.length * 4 +
    model.rounds.reduce((sum, r) => sum + r.departments.length * 2, 0) +
    model.ideaCount * 1.6 +
    model.themes.length +
    model.shortlist.length * 1.5 +
    model.carried.items.length * 4 +
    model.recognitions.length * 1.5 +
    20
  return Math.ceil(lines / 48)
}

/**
 * The action minutes of a meeting as a pdfmake document definition. Pure: no pdfmake, fonts or files;
 * the main-process adapter renders it. Story fields marked private never reach the definition.
 */
export function minutesDocument(meeting: Meeting): PdfDocument {
  const model = minutesModel(meeting)
  const W = model.wording
  const quarter = quarterLabel(meeting.facts.quarter, W.quarter)
  const runningTitle = [model.title, quarter].filter((s) => s.trim()).join(' · ')
  const toc: PdfContent[] =
    estimatedPages(model) > TOC_FROM_PAGES
      ? [
          {
            toc: { title: { text: W.document.contents, style: 'h1' } },
            style: 'toc',
            pageBreak: 'before'
          }
        ]
      : []
  return {
    info: {
      title: W.document.infoTitle(model.title),
      author: model.facilitator.trim() || 'Northstar',
      subject: W.document.subject(quarter),
      creator: 'Northstar',
      keywords: W.document.keywords
    },
    pageSize: 'A4',
    pageMargins: [45, 56, 45, 50],
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: runningTitle, width: '*' },
              { text: W.document.runningHeader, width: 'auto', alignment: 'right' }
            ],
            fontSize: 9,
            color: MUTED,
            margin: [45, 24, 45, 0]
          },
    footer: (currentPage, pageCount) => ({
      text: W.document.page(currentPage, pageCount),
      alignment: 'center',
      fontSize: 9,
      color: MUTED,
      margin: [0, 18, 0, 0]
    }),
    content: [
      ...coverSection(model),
      ...toc,
      // The actions come first after the cover: they are what readers of the minutes act on.
      ...actionsSection(W, model.actions, toc.length > 0),
      ...escalationsSection(W, model.escalations),
      ...storySection(model),
      ...ideasSection(W, model.rounds, model.ideaCount),
      ...convergeSection(model),
      ...carriedSection(W, model.carried),
      ...closeSection(model)
    ],
    styles: STYLES,
    defaultStyle: { font: MINUTES_FONT, fontSize: 10, color: INK, lineHeight: 1.15 },
    language: meeting.facts.language,
    displayTitle: true
  }
}
