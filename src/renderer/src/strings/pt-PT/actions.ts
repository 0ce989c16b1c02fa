import { minutesPortuguese } from '../../../../shared/i18n/pt-PT/minutes'
import { plural } from '../../../../shared/i18n/plural'
import type { actionsStrings as english } from '../actions'

/** Strings of the Actions stage in European Portuguese (see ../actions.ts). */
export const actionsStrings: typeof english = {
  intro:
    'Transforme a lista restrita em ações: cada uma indica um responsável, um prazo, o que ganham os nossos clientes e a métrica de cliente que deve mudar.',
  fromShortlistHeading: 'Da lista restrita',
  fromShortlistEmpty:
    'Ainda não há nada na lista restrita: registe os votos em Convergir ou crie uma ação de raiz.',
  makeAction: 'Criar ação',
  makeActionLabel: (label: string) => `Criar uma ação a partir de “${label}”`,
  hasAction: 'Já tem ação',
  formAddHeading: 'Nova ação',
  formHint: 'Ctrl/Cmd+Enter acrescenta (ou guarda) a ação a partir de qualquer campo.',
  formEditHeading: 'Editar ação',
  fromIdeas: (count: number) =>
    plural('pt-PT', count, { one: 'Ligada a # ideia', other: 'Ligada a # ideias' }),
  unlink: 'Começar de raiz',
  what: 'O que vamos fazer?',
  owner: 'Responsável',
  ownerHint: 'Um participante ou qualquer nome.',
  department: 'Departamento',
  dueDate: 'Prazo',
  priority: 'Prioridade',
  priorities: minutesPortuguese.priority,
  benefit: 'O que ganham os nossos clientes?',
  benefitHint: 'Obrigatório: o benefício para o cliente, nas palavras do cliente.',
  metricHeading: 'Métrica de cliente',
  metricKind: 'Métrica',
  metricKinds: { ...minutesPortuguese.metric, custom: 'Personalizada…' },
  customName: 'Nome da métrica',
  baseline: 'Valor de partida',
  target: 'Meta',
  measureOn: 'Medir em',
  add: 'Acrescentar ação',
  save: 'Guardar alterações',
  cancel: 'Cancelar',
  required: {
    what: 'Diga em que consiste a ação.',
    owner: 'Indique o responsável.',
    department: 'Escolha um departamento.',
    dueDate: 'Escolha o prazo.',
    benefit:
      'Diga o que ganham os nossos clientes. Uma ação precisa de um benefício para o cliente.',
    customName: 'Dê um nome à métrica personalizada.'
  },
  listHeading: 'Ações',
  noActions: 'Ainda não há ações.',
  actionCount: (count: number) => plural('pt-PT', count, { one: '# ação', other: '# ações' }),
  ownerDue: (owner: string, due: string) => `${owner} · prazo: ${due}`,
  metricLine: (name: string, baseline: string, target: string, measureOn: string) =>
    `${name}: ${baseline || '?'} → ${target || '?'}${measureOn ? `, medido em ${measureOn}` : ''}`,
  edit: 'Editar',
  editLabel: (what: string) => `Editar a ação “${what}”`,
  remove: 'Remover',
  removeLabel: (what: string) => `Remover a ação “${what}”`,
  escalate: 'Regra dos Dois',
  escalateLabel: (what: string) => `Abrir um escalamento pela Regra dos Dois sobre “${what}”`,
  sources: (texts: string) => `Origem: ${texts}`,
  escalatedLine: (a: string, b: string, status: string) =>
    `Regra dos Dois: ${a} e ${b} · ${status}`,
  ruleHeading: 'Regra dos Dois',
  ruleIntro:
    'Quando há desacordo, as duas pessoas mais afetadas têm duas semanas para chegar a acordo, mais uma se for preciso; depois, decide a chefia.',
  topic: 'O desacordo',
  onAction: 'Sobre a ação',
  standalone: 'Nenhuma ação',
  personA: 'Primeira pessoa',
  personB: 'Segunda pessoa',
  openedOn: 'Aberto em',
  openEscalation: 'Abrir escalamento',
  requiredEscalation: {
    topic: 'Diga sobre o que é o desacordo.',
    personA: 'Indique a primeira pessoa.',
    personB: 'Indique a segunda pessoa.',
    openedOn: 'Escolha a data de abertura.',
    same: 'A Regra dos Dois precisa de duas pessoas diferentes.'
  },
  agreeBy: (date: string) => `Acordo até ${date}`,
  extendedTo: (date: string) => `Com a prorrogação: ${date}`,
  thenLeader: 'Depois, decide a chefia.',
  datesPreview: (agreeBy: string, extendedTo: string) =>
    `Chegam a acordo até ${agreeBy}; com mais uma semana, até ${extendedTo}; depois, decide a chefia.`,
  noEscalations: 'Não há escalamentos.',
  between: (a: string, b: string) => `${a} e ${b}`,
  status: 'Estado',
  statuses: {
    open: 'Aberto',
    extended: 'Prorrogado uma semana',
    agreed: 'Acordado',
    leaderDecided: 'Decidido pela chefia'
  },
  outcome: 'Resultado',
  saveOutcome: 'Guardar resultado',
  removeEscalation: 'Remover',
  removeEscalationLabel: (topic: string) => `Remover o escalamento “${topic}”`,
  statusLabel: (topic: string) => `Estado de “${topic}”`,
  outcomeLabel: (topic: string) => `Resultado de “${topic}”`,
  aboutAction: (what: string) => `Sobre: ${what}`
}
