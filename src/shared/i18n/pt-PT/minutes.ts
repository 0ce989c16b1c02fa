import type { MinutesWording } from '../en/minutes'
import { plural } from '../plural'
import { glyphsPortuguese } from './glyphs'

const n = (count: number, one: string, other: string) => plural('pt-PT', count, { one, other })

const COLUMNS: MinutesWording['columns'] = {
  number: 'N.º',
  action: 'Ação',
  actionAndBenefit: 'Ação e benefício para o cliente',
  owner: 'Responsável',
  department: 'Departamento',
  due: 'Prazo',
  priority: 'Prioridade',
  metric: 'Métrica do cliente',
  benefit: 'Benefício para o cliente',
  disagreement: 'Desacordo',
  twoPeople: 'As duas pessoas',
  opened: 'Aberto em',
  agreeBy: 'Acordo até',
  extendedTo: 'Prorrogação até',
  standing: 'Ponto da situação',
  theme: 'Tema',
  ideas: 'Ideias',
  votes: 'Votos',
  rank: 'Posição',
  themeOrIdea: 'Tema ou ideia',
  impactEffort: 'Impacto / esforço',
  status: 'Estado',
  note: 'Nota'
}

/** The action minutes in European Portuguese (see en/minutes.ts). */
export const minutesPortuguese: MinutesWording = {
  kicker: 'ATA DE AÇÕES',
  title: (title) => `${title}: ata de ações`,
  facilitator: 'Facilitador',
  mission: 'A nossa missão',
  whoWasThere: 'Quem esteve presente',
  noAttendees: 'Não foram registados participantes.',

  headings: {
    actions: 'Ações',
    escalations: 'Escalamentos pela Regra dos Dois',
    story: 'A história do cliente',
    framing: 'A pergunta de enquadramento',
    ideas: 'Ideias por ronda e departamento',
    converge: 'Temas e lista final',
    carried: 'Ações do trimestre anterior',
    recognitions: 'Reconhecimentos',
    priorities: 'Três prioridades para o próximo trimestre',
    nextReview: 'Próxima revisão'
  },

  columns: COLUMNS,
  noActions: 'Não foram registadas ações.',
  forCustomers: 'Para os clientes',
  fromIdeas: (numbers) =>
    `${numbers.length > 1 ? 'Das ideias' : 'Da ideia'} ${numbers.map((i) => `#${i}`).join(', ')}`,
  metricFrom: (baseline) => `de ${baseline}`,
  metricTo: (target) => `para ${target}`,
  measuredOn: (date) => `medido em ${date}`,

  ruleOfTwo:
    'Regra dos Dois: as duas pessoas mais afetadas chegam a acordo em duas semanas, mais uma semana se for preciso, e depois decide a chefia.',
  noEscalations: 'Nenhum desacordo foi escalado.',
  aboutAction: (number) => `Sobre a ação #${number}`,
  twoPeople: (a, b) => `${a} e ${b}`,

  storyImpact: 'O que mudou para o cliente',
  storyKeptOut: 'A história fica fora da ata.',

  ideasIntro: (ideaCount) =>
    `${n(ideaCount, '# ideia', '# ideias')}. Os números (#) identificam as ideias em toda a ata; «desenvolve» segue um fio entre departamentos.`,
  roundTitle: (number, title) => `Ronda ${number}: ${title}`,
  departmentCount: (name, count) => `${name} (${count})`,
  noIdeasInRound: 'Não houve ideias nesta ronda.',

  themesSubheading: 'Temas',
  shortlistSubheading: 'Lista final ordenada',
  noThemes: 'Não foram formados temas.',
  themeLabel: 'Tema',
  ideaLabel: (number) => `Ideia #${number ?? ''}`,
  votes: (count) => n(count, '# voto', '# votos'),
  noVotes: 'Nada recebeu votos.',

  carriedFrom: (title) => `Transitadas de «${title}».`,
  noCarried: 'Não transitaram ações.',
  timesCarried: (times, stuck) =>
    `Transitou ${n(times, '# vez', '# vezes')}${stuck ? ', sem progresso' : ''}`,
  noMetric: 'Sem métrica',

  noRecognitions: 'Não foram registados reconhecimentos.',
  noPriorities: 'Não foram definidas prioridades.',
  noNextReview: 'Ainda não foi marcada data.',

  ideaNote: {
    fromRoom: 'enviada da sala',
    theme: (name) => `tema: ${name}`,
    buildsOn: (ref) => `desenvolve ${ref}`,
    builtOnBy: (refs) => `desenvolvida por ${refs}`
  },

  storyDetails: {
    segment: 'Segmento',
    channel: 'Chegou até nós por',
    broughtBy: 'Trazida por'
  },
  carriedStatus: {
    open: 'Em aberto',
    done: 'Concluída',
    inProgress: 'Em curso',
    stalled: 'Parada',
    dropped: 'Abandonada'
  },
  priority: { high: 'Alta', medium: 'Média', low: 'Baixa' },
  escalationStatus: {
    open: 'Em aberto: as duas pessoas estão a resolver',
    extended: 'Prorrogado por uma semana',
    agreed: 'Acordado pelas duas pessoas',
    leaderDecided: 'Decidido pela chefia'
  },
  metric: {
    nps: 'NPS',
    csat: 'CSAT',
    retention: 'Retenção',
    clv: 'Valor do cliente ao longo da vida',
    sentiment: 'Sentimento',
    effort: 'Esforço do cliente',
    engagement: 'Envolvimento',
    custom: 'Métrica personalizada'
  },
  noDepartment: 'Sem departamento',
  impact: (score) => `impacto ${score}`,
  effort: (score) => `esforço ${score}`,
  baseline: (value) => `base ${value}`,
  now: (value) => `agora ${value}`,
  notMeasured: 'não medido',
  target: (value) => `meta ${value}`,
  glyphs: glyphsPortuguese,
  calendarSkipped: {
    action: (what, due) =>
      `A ação “${what}” não está no calendário: o prazo “${due}” não é uma data real.`,
    nextReview: (date) =>
      `A próxima revisão não está no calendário: a data “${date}” não é uma data real.`
  },
  quarter: (quarter, year) => `T${quarter} ${year}`,
  movement: { notMeasuredYet: 'ainda não medido', noChange: 'sem alteração', changed: 'alterado' },
  metricMoved: (metric, baseline, latest, movement) =>
    `${metric}: ${baseline || '?'}, depois ${latest || 'ainda não medido'} (${movement})`,

  document: {
    contents: 'Índice',
    runningHeader: 'Ata de ações',
    page: (current, count) => `Página ${current} de ${count}`,
    infoTitle: (title) => `${title} — ata de ações`,
    subject: (quarter) => `Ata de ações${quarter ? ` da revisão de ${quarter}` : ''}`,
    keywords: 'ata de ações, revisão centrada no cliente'
  },

  csv: {
    '#': 'N.º',
    Action: 'Ação',
    Owner: 'Responsável',
    Department: 'Departamento',
    'Due date': 'Prazo',
    Priority: 'Prioridade',
    'Customer benefit': 'Benefício para o cliente',
    'Customer metric': 'Métrica do cliente',
    Baseline: 'Valor de base',
    Target: 'Meta',
    'Measure on': 'Medir em',
    'From ideas': 'Das ideias',
    Meeting: 'Reunião',
    Quarter: 'Trimestre'
  },

  calendar: {
    due: (what, owner) => `Prazo: ${what} (${owner})`,
    actionFrom: (number, context) => `Ação #${number} de ${context}.`,
    owner: (owner, department, priority) =>
      `Responsável: ${owner} (${department}). Prioridade: ${priority}.`,
    forCustomers: (benefit) => `Para os clientes: ${benefit}`,
    metric: (metric, measuredOn) =>
      `Métrica do cliente: ${metric}${measuredOn ? `, medida em ${measuredOn}` : ''}.`,
    nextReviewTitle: (title) => `Próxima revisão centrada no cliente (depois de ${title})`,
    nextReviewAfter: (context) => `A próxima revisão depois de ${context}.`,
    prioritiesSet: 'Prioridades definidas para este trimestre:',
    actionCategory: 'Ação',
    reviewCategory: 'Revisão'
  }
}
