import type { Meeting } from '../meeting/schema'
import { plural } from './format'
import type { IdeaLine, MinutesModel } from './minutesModel'
import { minutesModel } from './minutesModel'

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
  return [
    ...cover(m),
    ...actions(m),
    ...escalations(m),
    ...story(m),
    '## The framing question',
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
  const facts = [m.quarter, m.date, m.place].filter((s) => s.trim()).map(inline)
  return [
    `# ${inline(m.title)}: action minutes`,
    '',
    ...(facts.length ? [facts.join(' · '), ''] : []),
    ...(m.facilitator.trim() ? [`**Facilitator:** ${inline(m.facilitator)}`, ''] : []),
    ...(m.mission.trim() ? [`**Our mission:** ${inline(m.mission)}`, ''] : []),
    '**Who was there**',
    '',
    ...(m.attendeesByDepartment.length
      ? m.attendeesByDepartment.map(
          (g) =>
            `- **${inline(g.department)}:** ${g.people
              .map((p) => inline(p.role.trim() ? `${p.name} (${p.role})` : p.name))
              .join(', ')}`
        )
      : ['_No attendees were recorded._']),
    ''
  ]
}

function actions(m: MinutesModel): string[] {
  if (!m.actions.length) return ['## Actions', '', '_No actions were recorded._', '']
  return [
    '## Actions',
    '',
    ...table(
      [
        '#',
        'Action',
        'Owner',
        'Department',
        'Due',
        'Priority',
        'Customer metric',
        'Customer benefit'
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
            a.baseline && `from ${a.baseline}`,
            a.target && `to ${a.target}`,
            a.measureOn && `(measured ${a.measureOn})`
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
  const intro =
    '_Rule of Two: the two people most affected agree within two weeks, take one more week if needed, and then the leader decides._'
  if (!m.escalations.length) {
    return ['## Rule-of-Two escalations', '', intro, '', '_No disagreements were escalated._', '']
  }
  return [
    '## Rule-of-Two escalations',
    '',
    intro,
    '',
    ...table(
      ['Disagreement', 'The two people', 'Opened', 'Agree by', 'Extension to', 'Where it stands'],
      m.escalations.map((e) => [
        cell(e.actionNumber ? `${e.topic} (action #${e.actionNumber})` : e.topic),
        cell(`${e.personA} and ${e.personB}`),
        e.opened,
        e.agreeBy,
        e.extendedTo,
        cell(e.outcome.trim() ? `${e.status}: ${e.outcome}` : e.status)
      ])
    )
  ]
}

function story(m: MinutesModel): string[] {
  const s = m.story
  const lines = [
    ...(s.customer.trim() ? [`### ${inline(s.customer)}`, ''] : []),
    ...s.details.map((d) => `- **${d.label}:** ${inline(d.value)}`),
    ...(s.details.length ? [''] : []),
    ...(s.text.trim() ? [quote(s.text), ''] : []),
    ...(s.impact.trim() ? [`**What it changed for the customer:** ${inline(s.impact)}`, ''] : [])
  ]
  return [
    '## The customer story',
    '',
    ...(lines.length ? lines : ['_The story is kept out of the minutes._', ''])
  ]
}

function ideaItem(idea: IdeaLine): string {
  const notes = [
    idea.author.trim() && inline(idea.author),
    idea.fromRoom && 'from the room',
    idea.votes > 0 && plural(idea.votes, 'vote'),
    idea.theme && `theme: ${inline(idea.theme)}`,
    idea.buildsOn && `builds on #${idea.buildsOn.number} (${inline(idea.buildsOn.department)})`,
    idea.builtOnBy.length &&
      `built on by ${idea.builtOnBy.map((r) => `#${r.number} (${inline(r.department)})`).join(', ')}`
  ].filter(Boolean)
  return `- **#${idea.number}** ${inline(idea.text)}${notes.length ? ` _(${notes.join(' · ')})_` : ''}`
}

function ideas(m: MinutesModel): string[] {
  return [
    '## Ideas by round and department',
    '',
    `${plural(m.ideaCount, 'idea')}. Numbers (#) identify ideas across the minutes.`,
    '',
    ...m.rounds.flatMap((r) => [
      `### Round ${r.number}: ${inline(r.title)}`,
      '',
      ...(r.prompt.trim() ? [`_${inline(r.prompt)}_`, ''] : []),
      ...(r.ideaCount
        ? r.departments.flatMap((d) => [
            `**${inline(d.name)}** (${d.ideas.length})`,
            '',
            ...d.ideas.map(ideaItem),
            ''
          ])
        : ['_No ideas in this round._', ''])
    ])
  ]
}

function converge(m: MinutesModel): string[] {
  return [
    '## Themes and shortlist',
    '',
    '### Themes',
    '',
    ...(m.themes.length
      ? table(
          ['Theme', 'Ideas', 'Votes'],
          m.themes.map((t) => [cell(t.name), String(t.ideaCount), String(t.votes)])
        )
      : ['_No themes were formed._', '']),
    '### Ranked shortlist',
    '',
    ...(m.shortlist.length
      ? [
          ...m.shortlist.map(
            (s) =>
              `${s.rank}. ${s.kind === 'theme' ? '**Theme:**' : `**Idea #${s.ideaNumber ?? ''}:**`} ${inline(s.label)} (${[plural(s.votes, 'vote'), s.scores].filter(Boolean).join(', ')})`
          ),
          ''
        ]
      : ['_Nothing received votes._', ''])
  ]
}

function carried(m: MinutesModel): string[] {
  const intro = m.carried.fromTitle.trim()
    ? [`_Carried over from “${inline(m.carried.fromTitle)}”._`, '']
    : []
  if (!m.carried.items.length) {
    return ["## Last quarter's actions", '', ...intro, '_No actions were carried over._', '']
  }
  return [
    "## Last quarter's actions",
    '',
    ...intro,
    ...table(
      ['Action', 'Owner', 'Due', 'Status', 'Customer metric', 'Note'],
      m.carried.items.map((c) => [
        cell(
          c.timesCarried > 1
            ? `${c.what} (carried ${plural(c.timesCarried, 'time')}${c.stuck ? ', without progress' : ''})`
            : c.what
        ),
        cell(c.owner),
        c.due,
        c.status,
        c.metric
          ? cell(
              `${c.metric}: ${c.baseline || '?'} then ${c.latest || 'not measured yet'} (${c.movement})`
            )
          : 'No metric',
        cell(c.note)
      ])
    )
  ]
}

function close(m: MinutesModel): string[] {
  return [
    '## Recognitions',
    '',
    ...(m.recognitions.length
      ? m.recognitions.map((r) => `- **${inline(r.who)}** — ${inline(r.forWhat)}`)
      : ['_No recognitions were recorded._']),
    '',
    '## Three priorities for the coming quarter',
    '',
    ...(m.priorities.length
      ? m.priorities.map((p, i) => `${i + 1}. ${inline(p)}`)
      : ['_No priorities were set._']),
    '',
    '## Next review',
    '',
    m.nextReview ? `**${m.nextReview}**` : '_No date was set yet._',
    ''
  ]
}
