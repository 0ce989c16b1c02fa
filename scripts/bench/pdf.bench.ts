import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { allFontPaths, fontFamilies } from '../../src/main/export/fonts'
import { renderMinutesPdfOffThread, stopPdfWorker } from '../../src/main/export/pdfWorkerClient'
import type { Meeting } from '../../src/shared/meeting/schema'
import { MINUTES_FONT } from '../../src/shared/minutes/minutesDocument'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import type { Benchmark } from './types'

/**
 * The baseline: the same meeting content laid out by hand as a plain pdfmake document (same fonts,
 * page size, tables for actions, one line per idea) with none of our code in between: no minutes
 * model, no glyph check, no styles, threads or table of contents.
 */
function handBuiltDocument(meeting: Meeting): TDocumentDefinitions {
  const departments = new Map(meeting.departments.map((d) => [d.id, d.name]))
  const content: Content[] = [
    { text: meeting.facts.title, fontSize: 24 },
    { text: meeting.facts.mission },
    ...meeting.attendees.map((a) => `${a.name}, ${departments.get(a.departmentId) ?? ''}`),
    { text: 'Actions', fontSize: 16, pageBreak: 'before' },
    {
      table: {
        headerRows: 1,
        widths: [16, '*', 74, 52, 40, 100],
        body: [
          ['#', 'Action', 'Owner', 'Due', 'Priority', 'Metric'],
          ...meeting.actions.map((a, i) => [
            String(i + 1),
            `${a.what}\n${a.customerBenefit}`,
            a.owner,
            a.dueDate,
            a.priority,
            `${a.metric.kind} ${a.metric.baseline} ${a.metric.target} ${a.metric.measureOn}`
          ])
        ]
      }
    },
    ...meeting.escalations.map((e) => `${e.topic} ${e.personA} ${e.personB} ${e.openedOn}`),
    { text: meeting.story.customer, fontSize: 16 },
    meeting.story.text,
    meeting.framingQuestion,
    ...meeting.rounds.flatMap((r) => [
      { text: r.title, fontSize: 14 },
      ...meeting.ideas
        .filter((i) => i.roundId === r.id)
        .map((i) => `${departments.get(i.departmentId) ?? ''}: ${i.text} ${i.author} ${i.votes}`)
    ]),
    ...meeting.themes.map((t) => `${t.name} ${t.votes}`),
    ...meeting.carried.map((c) => `${c.what} ${c.owner} ${c.status} ${c.latestValue}`),
    ...meeting.recognitions.map((r) => `${r.who} ${r.forWhat}`),
    ...meeting.priorities,
    meeting.nextReviewDate
  ]
  return {
    pageSize: 'A4',
    pageMargins: [45, 56, 45, 50],
    footer: (page, count) => ({ text: `Page ${page} of ${count}`, alignment: 'center' }),
    content,
    defaultStyle: { font: MINUTES_FONT, fontSize: 9.5 }
  }
}

function pdfBenchmark(id: string, ideas: number, actions: number, samples: number): Benchmark {
  let meeting: Meeting
  return {
    id,
    note: `Export of a ${ideas.toLocaleString('en')}-idea, ${actions}-action meeting to PDF minutes as the app does it (on the PDF worker thread: glyph check, minutes document, pdfmake, bytes back); baseline: bare pdfmake rendering the same content built by hand.`,
    samples,
    warmup: 2,
    setup: () => {
      meeting = buildLargeMeeting({ ideas, actions })
      // The baseline uses the same fonts and the same deny-everything access policies.
      const families = fontFamilies()
      const allowed = allFontPaths()
      pdfmake.setFonts(families)
      pdfmake.setUrlAccessPolicy(() => false)
      pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
      return Promise.resolve()
    },
    teardown: () => stopPdfWorker(),
    run: () => renderMinutesPdfOffThread(meeting),
    baseline: () => pdfmake.createPdf(handBuiltDocument(meeting)).getBuffer()
  }
}

export const benchmarks: Benchmark[] = [
  pdfBenchmark('pdf.60ideas', 60, 10, 15),
  pdfBenchmark('pdf.2000ideas', 2000, 200, 5),
  pdfBenchmark('pdf.5000ideas', 5000, 200, 3)
]
