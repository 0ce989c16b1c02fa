import { plural } from '../../../../shared/i18n/plural'
import type { convergeStrings as english } from '../converge'

const ideas = (count: number): string =>
  plural('pt-PT', count, { one: '# ideia', other: '# ideias' })
const dots = (count: number): string =>
  plural('pt-PT', count, { one: '# ponto', other: '# pontos' })

/** Strings of the Converge stage in European Portuguese (see ../converge.ts). */
export const convergeStrings: typeof english = {
  intro:
    'Agrupe as ideias em temas, registe os votos por pontos, classifique o impacto e o esforço se for útil e leia a lista restrita.',
  keyboardHint:
    '↑ / ↓ percorrem as ideias; Espaço seleciona uma; T põe as ideias selecionadas num tema; + e − alteram os votos da ideia ou do tema em foco. Também pode arrastar uma ideia para um tema.',
  budgetHeading: 'Votos por pontos',
  budgetLine: (perPerson: number, attendees: number, available: number) =>
    `${dots(perPerson)} por pessoa × ${plural('pt-PT', attendees, { one: '# participante', other: '# participantes' })} = ${dots(available)}`,
  budgetUnknown: (perPerson: number) =>
    `${dots(perPerson)} por pessoa. Acrescente os participantes em Preparar para ver o total da sala.`,
  recorded: (recorded: number) =>
    plural('pt-PT', recorded, { one: '# registado', other: '# registados' }),
  remaining: (remaining: number) =>
    plural('pt-PT', remaining, { one: 'falta #', other: 'faltam #' }),
  overBudget: (over: number) =>
    `${plural('pt-PT', over, { one: '# ponto registado', other: '# pontos registados' })} a mais do que a sala tem. Verifique as contagens.`,
  themesHeading: 'Temas',
  newThemeLabel: 'Novo tema',
  newThemePlaceholder: 'p. ex. Música em casa',
  addTheme: 'Acrescentar tema',
  addSelected: (count: number) =>
    plural('pt-PT', count, {
      one: 'Acrescentar tema com # ideia selecionada',
      other: 'Acrescentar tema com # ideias selecionadas'
    }),
  themeDialogLabel: (count: number) =>
    `Tema para ${ideas(count)}: escreva um nome novo ou um já existente`,
  themeDialogTitle: 'Pôr ideias num tema',
  themeDialogSubmit: 'Pôr no tema',
  takeOut: 'Tirar do tema',
  cancel: 'Cancelar',
  rename: 'Mudar o nome',
  renameLabel: (name: string) => `Novo nome para o tema “${name}”`,
  save: 'Guardar',
  remove: 'Remover tema',
  removeLabel: (name: string) => `Remover o tema “${name}”`,
  unthemed: 'Ainda sem tema',
  noIdeas: 'Ainda não há ideias. Recolha algumas nas rondas primeiro.',
  emptyTheme: 'Largue ou mova ideias para aqui.',
  ideaCount: ideas,
  selectIdea: (text: string) => `Selecionar “${text}”`,
  ideaNumber: (n: number) => `#${n}`,
  ideaWhere: (department: string, round: string) => `${department} · ${round}`,
  votesLabel: (label: string) => `Votos em “${label}”`,
  moreVotes: (label: string) => `Mais um voto em “${label}”`,
  fewerVotes: (label: string) => `Menos um voto em “${label}”`,
  impactLabel: (text: string) => `Impacto de “${text}”`,
  effortLabel: (text: string) => `Esforço de “${text}”`,
  impactShort: 'Impacto',
  effortShort: 'Esforço',
  notScored: '–',
  themeOfLabel: (text: string) => `Tema de “${text}”`,
  noTheme: 'Sem tema',
  shortlistHeading: 'Lista restrita por ordem',
  shortlistEmpty: 'As ideias e os temas com votos aparecem aqui, os mais votados primeiro.',
  shortlistHint: 'A lista restrita alimenta a etapa Ações.',
  onShortlist: 'Na lista restrita',
  themeBadge: 'Tema',
  votes: (count: number) => plural('pt-PT', count, { one: '# voto', other: '# votos' }),
  score: (score: number) => `impacto − esforço ${score > 0 ? '+' : ''}${score}`,
  department: (name: string) => name
}
