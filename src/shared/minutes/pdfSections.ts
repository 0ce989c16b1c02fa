import { isolate } from './format'
import type {
  ActionLine,
  AttendeeGroup,
  CarriedReview,
  EscalationLine,
  IdeaLine,
  MinutesModel,
  RoundIdeas
} from './minutesModel'
import { escalationColumns, ideaNotes, themeColumns, type MinutesWording } from './minutesWording'
import type { PdfContent, PdfNode, PdfTableLayout } from './pdfTypes'

/** Light rules between rows, a tinted header row, no vertical lines. */
const TABLE_LAYOUT: PdfTableLayout = {
  hLineWidth: (row, node) =>
    row === 0 || row === node.table.body.length ? 0 : row === 1 ? 1 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (row) => (row === 1 ? '#7a8699' : '#d5dae1'),
  fillColor: (row) => (row === 0 ? '#eef1f5' : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 4,
  paddingBottom: () => 4
}

/** A section heading that appears in the table of contents. */
export const heading = (text: string, pageBreak = false): PdfNode => ({
  text,
  style: 'h1',
  tocItem: true,
  ...(pageBreak ? { pageBreak: 'before' as const } : {})
})

const subheading = (text: string, tocItem = false): PdfNode => ({
  text,
  style: 'h2',
  ...(tocItem
    ? { tocItem: true, tocMargin: [12, 0, 0, 0] as [number, number, number, number] }
    : {})
})

/**
 * The most text a block may hold and still be kept on one page. pdfmake silently drops an
 * unbreakable block taller than a page, so only blocks far below a page (even in a narrow table
 * column, ~25 characters a line) are glued; longer ones may break rather than vanish.
 */
export const KEEP_TOGETHER_MAX_CHARS = 1200

/** Characters of text in a piece of content (all cells and nested blocks counted). */
export function textLength(content: PdfContent | undefined): number {
  if (content === undefined) return 0
  if (typeof content === 'string') return content.length
  if (Array.isArray(content)) return content.reduce((sum, c) => sum + textLength(c), 0)
  return (
    textLength(content.text) +
    textLength(content.stack) +
    textLength(content.columns) +
    textLength(content.ul) +
    textLength(content.ol) +
    (content.table ? textLength(content.table.body.flat()) : 0)
  )
}

/**
 * Whether every row of a table is short enough to keep whole on a page. Like unbreakable blocks,
 * a `dontBreakRows` row taller than a page is dropped by pdfmake, so long rows are allowed to break.
 */
export const rowsFit = (body: PdfContent[][]): boolean =>
  body.every((row) => textLength(row) <= KEEP_TOGETHER_MAX_CHARS)

/**
 * Nodes kept on one page (a heading with the first thing under it, a heading with a short table),
 * unless they are too long to be sure they fit: then they may break across pages.
 */
export const keepTogether = (nodes: PdfContent[]): PdfNode =>
  textLength(nodes) <= KEEP_TOGETHER_MAX_CHARS
    ? { stack: nodes, unbreakable: true }
    : { stack: nodes }

const muted = (text: string): PdfNode => ({ text, style: 'muted' })
const empty = (text: string): PdfNode => ({ text, style: 'empty' })
const header = (text: string): PdfNode => ({ text, style: 'tableHeader' })

/** A small square in a department's colour, so groups can be told apart at a glance. */
const swatch = (color: string): PdfNode => ({
  width: 12,
  canvas: [{ type: 'rect', x: 0, y: 3, w: 8, h: 8, r: 1, color }]
})

const labelled = (label: string, value: string): PdfContent[] =>
  value.trim() ? [{ text: `${label}: `, bold: true }, `${value}\n`] : []

/** Page 1: the meeting's facts, who was there, and the mission. */
export function coverSection(m: MinutesModel): PdfContent[] {
  const W = m.wording
  const facts = [m.quarter, m.date, m.place].filter((s) => s.trim()).join('  ·  ')
  return [
    { text: W.kicker, style: 'kicker' },
    { text: m.title, style: 'title' },
    ...(facts ? [{ text: facts, style: 'coverFacts' }] : []),
    ...(m.facilitator.trim()
      ? [
          {
            text: [{ text: `${W.facilitator}: `, bold: true }, m.facilitator],
            margin: [0, 0, 0, 12] as const
          }
        ]
      : []),
    ...(m.mission.trim()
      ? [
          { text: W.mission, style: 'label' },
          { text: m.mission, style: 'mission' }
        ]
      : []),
    { text: W.whoWasThere, style: 'label' },
    m.attendeesByDepartment.length
      ? { stack: m.attendeesByDepartment.map(attendeeGroup), margin: [0, 0, 0, 8] }
      : empty(W.noAttendees)
  ] as PdfContent[]
}

function attendeeGroup(group: AttendeeGroup): PdfNode {
  const people = group.people.map((p) =>
    p.role.trim() ? `${isolate(p.name)} (${isolate(p.role)})` : isolate(p.name)
  )
  return {
    columns: [
      swatch(group.color),
      {
        width: '*',
        text: [{ text: `${group.department}: `, bold: true }, people.join(', ')]
      }
    ],
    margin: [0, 0, 0, 4]
  }
}

const OWNER_MIN_WIDTH = 74
const OWNER_MAX_WIDTH = 130
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u

/**
 * A name's width in points at the table's 10 pt, estimated from its characters (a CJK or Hangul
 * character is about twice a Latin letter): enough to size a column before pdfmake measures.
 */
function estimatedWidth(text: string): number {
  let width = 0
  for (const ch of text) width += WIDE.test(ch) ? 10 : 5.6
  return width
}

const fitsOneLine = (text: string, width: number) => estimatedWidth(text) <= width

/**
 * A narrow column's width: `min`, or wider when its header (bold 9 pt, about 0.9 of the estimate)
 * needs it, so a longer language's header ("Prioridade", "Posição") is not broken inside the word.
 */
const narrowColumn = (headerText: string, min: number): number =>
  Math.max(min, Math.ceil(estimatedWidth(headerText) * 0.9) + 2)

/**
 * The action table, right after the cover's facts on the same page (or after the table of
 * contents, on a page of its own): what the meeting committed to.
 */
export function actionsSection(
  W: MinutesWording,
  actions: ActionLine[],
  afterToc = false
): PdfContent[] {
  if (!actions.length) return [heading(W.headings.actions, afterToc), empty(W.noActions)]
  const ownerWidth = Math.min(
    OWNER_MAX_WIDTH,
    Math.max(OWNER_MIN_WIDTH, ...actions.map((a) => estimatedWidth(a.owner) + 1))
  )
  const body: PdfContent[][] = [
    [
      W.columns.number,
      W.columns.actionAndBenefit,
      W.columns.owner,
      W.columns.due,
      W.columns.priority,
      W.columns.metric
    ].map(header),
    ...actions.map((a) => [
      { text: String(a.number), style: 'cellMuted' },
      {
        stack: [
          { text: a.what, bold: true },
          {
            text: [{ text: `${W.forCustomers}: `, italics: true }, a.customerBenefit],
            style: 'benefit'
          },
          ...(a.fromIdeas.length ? [muted(W.fromIdeas(a.fromIdeas))] : [])
        ]
      },
      // A name stays on one line (the column widens for the longest one, within limits).
      { stack: [{ text: a.owner, noWrap: fitsOneLine(a.owner, ownerWidth) }, muted(a.department)] },
      { text: a.due, noWrap: true },
      a.priority,
      metricCell(W, a)
    ])
  ]
  return [
    heading(W.headings.actions, afterToc),
    {
      table: {
        headerRows: 1,
        dontBreakRows: rowsFit(body),
        widths: [16, '*', ownerWidth, 52, narrowColumn(W.columns.priority, 44), 100],
        body
      },
      layout: TABLE_LAYOUT,
      style: 'table'
    }
  ]
}

function metricCell(W: MinutesWording, a: ActionLine): PdfNode {
  const values = [a.baseline && W.metricFrom(a.baseline), a.target && W.metricTo(a.target)].filter(
    Boolean
  )
  return {
    stack: [
      { text: a.metric, bold: true },
      ...(values.length ? [values.join(' ')] : []),
      ...(a.measureOn ? [muted(W.measuredOn(a.measureOn))] : [])
    ]
  }
}

/** Rule-of-Two escalations with the dates by which they must be settled. */
export function escalationsSection(W: MinutesWording, escalations: EscalationLine[]): PdfContent[] {
  const intro = muted(W.ruleOfTwo)
  if (!escalations.length) {
    return [heading(W.headings.escalations), intro, empty(W.noEscalations)]
  }
  const body: PdfContent[][] = [
    escalationColumns(W).map(header),
    ...escalations.map((e) => [
      {
        stack: [e.topic, ...(e.actionNumber ? [muted(W.aboutAction(e.actionNumber))] : [])]
      },
      W.twoPeople(isolate(e.personA), isolate(e.personB)),
      { text: e.opened, noWrap: true },
      { text: e.agreeBy, noWrap: true },
      { text: e.extendedTo, noWrap: true },
      { stack: [e.status, ...(e.outcome.trim() ? [{ text: e.outcome, italics: true }] : [])] }
    ])
  ]
  return [
    keepTogether([
      heading(W.headings.escalations),
      intro,
      {
        table: {
          headerRows: 1,
          dontBreakRows: rowsFit(body),
          widths: ['*', 80, 54, 54, 58, 100],
          body
        },
        layout: TABLE_LAYOUT,
        style: 'table'
      }
    ])
  ]
}

/** The customer story, without the fields marked private. */
export function storySection(m: MinutesModel): PdfContent[] {
  const W = m.wording
  const { story } = m
  const details = story.details.flatMap((d) => labelled(d.label, d.value))
  const content: PdfContent[] = [
    ...(story.customer.trim() ? [subheading(story.customer)] : []),
    ...(details.length ? [{ text: details, margin: [0, 0, 0, 6] } as PdfNode] : []),
    // A quote short enough to fit a page is never split across two.
    ...(story.text.trim() ? [keepTogether([{ text: story.text, style: 'quote' }])] : []),
    ...(story.impact.trim()
      ? [{ text: [{ text: `${W.storyImpact}: `, bold: true }, story.impact] }]
      : [])
  ]
  const [first, ...rest] = content.length ? content : [empty(W.storyKeptOut)]
  return [
    keepTogether([heading(W.headings.story), ...(first ? [first] : [])]),
    ...rest,
    keepTogether([heading(W.headings.framing), { text: m.framingQuestion, style: 'framing' }])
  ]
}

/** Every idea, by round and then by department, with its build-on thread and votes. */
export function ideasSection(
  W: MinutesWording,
  rounds: RoundIdeas[],
  ideaCount: number
): PdfContent[] {
  const [first, ...rest] = rounds.flatMap((round) => roundBlock(W, round))
  const intro = muted(W.ideasIntro(ideaCount))
  return [keepTogether([heading(W.headings.ideas), intro, ...(first ? [first] : [])]), ...rest]
}

function roundBlock(W: MinutesWording, round: RoundIdeas): PdfContent[] {
  const title = subheading(W.roundTitle(round.number, round.title), true)
  const prompt = round.prompt.trim() ? [{ text: round.prompt, style: 'prompt' }] : []
  if (!round.ideaCount) return [keepTogether([title, ...prompt, empty(W.noIdeasInRound)])]
  const [first, ...rest] = round.departments.flatMap((d): PdfContent[] => {
    const [first, ...rest] = d.ideas.map((idea) => ideaLine(W, idea))
    const label: PdfNode = {
      columns: [
        swatch(d.color),
        { width: '*', text: W.departmentCount(d.name, d.ideas.length), style: 'h3' }
      ]
    }
    // Keep the department's name on the same page as its first idea.
    return [keepTogether([label, ...(first ? [first] : [])]), ...rest]
  })
  // …and the round's title with its first department.
  return [keepTogether([title, ...prompt, ...(first ? [first] : [])]), ...rest]
}

function ideaLine(W: MinutesWording, idea: IdeaLine): PdfNode {
  const notes = ideaNotes(W, idea, isolate)
  return {
    text: [
      { text: `#${idea.number}  `, style: 'ideaNumber' },
      idea.text,
      ...(notes.length ? [{ text: `  ·  ${notes.join('  ·  ')}`, style: 'ideaNotes' }] : [])
    ],
    style: idea.buildsOn ? 'ideaBuild' : 'idea'
  }
}

/** Themes with their votes, then the ranked shortlist. */
export function convergeSection(m: MinutesModel): PdfContent[] {
  const W = m.wording
  const themes: PdfContent = m.themes.length
    ? {
        table: {
          headerRows: 1,
          widths: ['*', 60, 60],
          body: [
            themeColumns(W).map(header),
            ...m.themes.map((t) => [t.name, String(t.ideaCount), String(t.votes)])
          ]
        },
        layout: TABLE_LAYOUT,
        style: 'table'
      }
    : empty(W.noThemes)
  const shortlistBody: PdfContent[][] = [
    [W.columns.rank, W.columns.themeOrIdea, W.columns.votes, W.columns.impactEffort].map(header),
    ...m.shortlist.map((s) => [
      String(s.rank),
      s.kind === 'theme'
        ? { text: [{ text: `${W.themeLabel}: `, bold: true }, s.label] }
        : { text: [{ text: `${W.ideaLabel(s.ideaNumber)}: `, bold: true }, s.label] },
      String(s.votes),
      s.scores ? { text: s.scores, noWrap: true } : { text: '–', style: 'cellMuted' }
    ])
  ]
  const shortlist: PdfContent = m.shortlist.length
    ? {
        table: {
          headerRows: 1,
          dontBreakRows: rowsFit(shortlistBody),
          widths: [narrowColumn(W.columns.rank, 28), '*', 36, 92],
          body: shortlistBody
        },
        layout: TABLE_LAYOUT,
        style: 'table'
      }
    : empty(W.noVotes)
  return [
    keepTogether([heading(W.headings.converge), subheading(W.themesSubheading), themes]),
    keepTogether([subheading(W.shortlistSubheading), shortlist])
  ]
}

/** Last quarter's actions: where each stands and whether its customer metric moved. */
export function carriedSection(W: MinutesWording, carried: CarriedReview): PdfContent[] {
  const intro = carried.fromTitle.trim() ? [muted(W.carriedFrom(carried.fromTitle))] : []
  if (!carried.items.length) {
    return [heading(W.headings.carried), ...intro, empty(W.noCarried)]
  }
  const carriedOwnerWidth = Math.min(
    OWNER_MAX_WIDTH,
    Math.max(80, ...carried.items.map((c) => estimatedWidth(c.owner) + 1))
  )
  const body: PdfContent[][] = [
    [W.columns.action, W.columns.owner, W.columns.due, W.columns.status, W.columns.metric].map(
      header
    ),
    ...carried.items.map((c) => [
      {
        stack: [
          c.what,
          ...(c.note.trim() ? [{ text: c.note, italics: true }] : []),
          ...(c.timesCarried > 1
            ? [
                {
                  text: W.timesCarried(c.timesCarried, c.stuck),
                  style: c.stuck ? 'warning' : 'muted'
                }
              ]
            : [])
        ]
      },
      { text: c.owner, noWrap: fitsOneLine(c.owner, carriedOwnerWidth) },
      { text: c.due, noWrap: true },
      c.status,
      c.metric
        ? {
            stack: [{ text: c.metric, bold: true }, c.progress, muted(c.movement)]
          }
        : muted(W.noMetric)
    ])
  ]
  return [
    keepTogether([
      heading(W.headings.carried),
      ...intro,
      {
        table: {
          headerRows: 1,
          dontBreakRows: rowsFit(body),
          widths: ['*', carriedOwnerWidth, 58, 56, 110],
          body
        },
        layout: TABLE_LAYOUT,
        style: 'table'
      }
    ])
  ]
}

/** Recognitions, the three priorities and the next review. */
export function closeSection(m: MinutesModel): PdfContent[] {
  const W = m.wording
  const recognitions: PdfContent = m.recognitions.length
    ? {
        ul: m.recognitions.map((r) => ({
          text: [{ text: isolate(r.who), bold: true }, ` — ${isolate(r.forWhat)}`]
        })),
        style: 'list'
      }
    : empty(W.noRecognitions)
  const priorities = [
    heading(W.headings.priorities),
    m.priorities.length ? { ol: m.priorities, style: 'list' } : empty(W.noPriorities)
  ]
  const nextReview = [
    heading(W.headings.nextReview),
    m.nextReview ? { text: m.nextReview, style: 'nextReview' } : empty(W.noNextReview)
  ]
  // The close is kept in one piece when it fits a page, so the priorities and the next review
  // never stand alone on a last page; a long list of recognitions lets it break.
  const whole = keepTogether([
    heading(W.headings.recognitions),
    recognitions,
    ...priorities,
    ...nextReview
  ])
  return whole.unbreakable
    ? [whole]
    : [
        keepTogether([heading(W.headings.recognitions), recognitions]),
        keepTogether([...priorities, ...nextReview])
      ]
}
