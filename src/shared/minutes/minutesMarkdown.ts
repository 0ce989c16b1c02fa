import type { Meeting } from '../meeting/schema'
import type { IdeaLine, MinutesModel } from './minutesModel'
import { minutesModel } from './minutesModel'
import { escalationColumns, ideaNotes, themeColumns, type MinutesWording } from './minutesWording'

/** Escapes text so Markdown shows it literally (no accidental emphasis, links, headings or HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)([-+#])/gm, '$1\\$2')
}

/** Inline text: escaped, on one line (for list items). */
const inline = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, ' ').trim())

/** A table cell: escaped (including the pipe), line breaks as <br>. */
const cell = (text: string) => escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>')

/** A quoted block that keeps its line breaks: each line its own paragraph inside the `>` quote. */
const quote = (text: string) =>
  escapeMarkdown(text.trim())
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `> ${line.trim()}`)
    .join('\n>\n')

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ''
  ]
}

/**
 * The action minutes as Markdown, for email or a wiki: the same sections in the same order as the
 * PDF, without the private story fields. Pure.
 */
export function minutesMarkdown(meeting: Meeting): string {
  const m = minutesModel(meeting)
  const W = m.wording
  return [
    ...cover(m),
    ...actions(m),
    ...escalations(m),
    ...story(m),
    `## ${W.headings.framing}`,
    '',
    `**${inline(m.framingQuestion)}**`,
    '',
    ...ideas(m),
    ...converge(m),
    ...carried(m),
    ...close(m)
  ].join('\n')
}

function cover(m: MinutesModel): string[] {
  const W = m.wording
  const facts = [m.quarter, m.date, m.place].filter((s) => s.trim()).map(inline)
  return [
    `# ${W.title(inline(m.title))}`,
    '',
    ...(facts.length ? [facts.join(' · '), ''] : []),
    ...(m.facilitator.trim() ? [`**${W.facilitator}:** ${inline(m.facilitator)}`, ''] : []),
    ...(m.mission.trim() ? [`**${W.mission}:** ${inline(m.mission)}`, ''] : []),
    `**${W.whoWasThere}**`,
    '',
    ...(m.attendeesByDepartment.length
      ? m.attendeesByDepartment.map(
          (g) =>
            `- **${inline(g.department)}:** ${g.people
              .map((p) => inline(p.role.trim() ? `${p.name} (${p.role})` : p.name))
              .join(', ')}`
        )
      : [`_${W.noAttendees}_`]),
    ''
  ]
}

function actions(m: MinutesModel): string[] {
  const W = m.wording
  if (!m.actions.length) return [`## ${W.headings.actions}`, '', `_${W.noActions}_`, '']
  return [
    `## ${W.headings.actions}`,
    '',
    ...table(
      [
        W.columns.number,
        W.columns.action,
        W.columns.owner,
        W.columns.department,
        W.columns.due,
        W.columns.priority,
        W.columns.metric,
        W.columns.benefit
      ],
      m.actions.map((a) => [
        String(a.number),
        cell(a.what),
        cell(a.owner),
        cell(a.department),
        a.due,
        a.priority,
        cell(
          [
            a.metric,
            a.baseline && W.metricFrom(a.baseline),
            a.target && W.metricTo(a.target),
            a.measureOn && `(${W.measuredOn(a.measureOn)})`
          ]
            .filter(Boolean)
            .join(' ')
        ),
        cell(a.customerBenefit)
      ])
    )
  ]
}

function escalations(m: MinutesModel): string[] {
  const W = m.wording
  const intro = `_${W.ruleOfTwo}_`
  if (!m.escalations.length) {
    return [`## ${W.headings.escalations}`, '', intro, '', `_${W.noEscalations}_`, '']
  }
  return [
    `## ${W.headings.escalations}`,
    '',
    intro,
    '',
    ...table(
      escalationColumns(W),
      m.escalations.map((e) => [
        cell(e.actionNumber ? `${e.topic} (${W.aboutAction(e.actionNumber)})` : e.topic),
        cell(W.twoPeople(e.personA, e.personB)),
        e.opened,
        e.agreeBy,
        e.extendedTo,
        cell(e.outcome.trim() ? `${e.status}: ${e.outcome}` : e.status)
      ])
    )
  ]
}

function story(m: MinutesModel): string[] {
  const W = m.wording
  const s = m.story
  const lines = [
    ...(s.customer.trim() ? [`### ${inline(s.customer)}`, ''] : []),
    ...s.details.map((d) => `- **${d.label}:** ${inline(d.value)}`),
    ...(s.details.length ? [''] : []),
    ...(s.text.trim() ? [quote(s.text), ''] : []),
    ...(s.impact.trim() ? [`**${W.storyImpact}:** ${inline(s.impact)}`, ''] : [])
  ]
  return [`## ${W.headings.story}`, '', ...(lines.length ? lines : [`_${W.storyKeptOut}_`, ''])]
}

function ideaItem(W: MinutesWording, idea: IdeaLine): string {
  const notes = ideaNotes(W, idea, inline)
  return `- **#${idea.number}** ${inline(idea.text)}${notes.length ? ` _(${notes.join(' · ')})_` : ''}`
}

function ideas(m: MinutesModel): string[] {
  const W = m.wording
  return [
    `## ${W.headings.ideas}`,
    '',
    W.ideasIntro(m.ideaCount),
    '',
    ...m.rounds.flatMap((r) => [
      `### ${W.roundTitle(r.number, inline(r.title))}`,
      '',
      ...(r.prompt.trim() ? [`_${inline(r.prompt)}_`, ''] : []),
      ...(r.ideaCount
        ? r.departments.flatMap((d) => [
            `**${inline(d.name)}** (${d.ideas.length})`,
            '',
            ...d.ideas.map((idea) => ideaItem(W, idea)),
            ''
          ])
        : [`_${W.noIdeasInRound}_`, ''])
    ])
  ]
}

function converge(m: MinutesModel): string[] {
  const W = m.wording
  return [
    `## ${W.headings.converge}`,
    '',
    `### ${W.themesSubheading}`,
    '',
    ...(m.themes.length
      ? table(
          themeColumns(W),
          m.themes.map((t) => [cell(t.name), String(t.ideaCount), String(t.votes)])
        )
      : [`_${W.noThemes}_`, '']),
    `### ${W.shortlistSubheading}`,
    '',
    ...(m.shortlist.length
      ? [
          ...m.shortlist.map(
            (s) =>
              `${s.rank}. ${s.kind === 'theme' ? `**${W.themeLabel}:**` : `**${W.ideaLabel(s.ideaNumber)}:**`} ${inline(s.label)} (${[W.votes(s.votes), s.scores].filter(Boolean).join(', ')})`
          ),
          ''
        ]
      : [`_${W.noVotes}_`, ''])
  ]
}

function carried(m: MinutesModel): string[] {
  const W = m.wording
  const intro = m.carried.fromTitle.trim()
    ? [`_${W.carriedFrom(inline(m.carried.fromTitle))}_`, '']
    : []
  if (!m.carried.items.length) {
    return [`## ${W.headings.carried}`, '', ...intro, `_${W.noCarried}_`, '']
  }
  return [
    `## ${W.headings.carried}`,
    '',
    ...intro,
    ...table(
      [
        W.columns.action,
        W.columns.owner,
        W.columns.due,
        W.columns.status,
        W.columns.metric,
        W.columns.note
      ],
      m.carried.items.map((c) => [
        cell(
          c.timesCarried > 1 ? `${c.what} (${W.timesCarried(c.timesCarried, c.stuck)})` : c.what
        ),
        cell(c.owner),
        c.due,
        c.status,
        c.metric ? cell(W.metricMoved(c.metric, c.baseline, c.latest, c.movement)) : W.noMetric,
        cell(c.note)
      ])
    )
  ]
}

function close(m: MinutesModel): string[] {
  const W = m.wording
  return [
    `## ${W.headings.recognitions}`,
    '',
    ...(m.recognitions.length
      ? m.recognitions.map((r) => `- **${inline(r.who)}** — ${inline(r.forWhat)}`)
      : [`_${W.noRecognitions}_`]),
    '',
    `## ${W.headings.priorities}`,
    '',
    ...(m.priorities.length
      ? m.priorities.map((p, i) => `${i + 1}. ${inline(p)}`)
      : [`_${W.noPriorities}_`]),
    '',
    `## ${W.headings.nextReview}`,
    '',
    m.nextReview ? `**${m.nextReview}**` : `_${W.noNextReview}_`,
    ''
  ]
}
