import { formatNumber } from '../../../../shared/i18n/plural'
import type { searchStrings as english } from '../search'

const n = (value: number): string => formatNumber('pt-PT', value)

/** Meeting-wide search and idea filter in European Portuguese (see ../search.ts). */
export const searchStrings: typeof english = {
  open: 'Pesquisar',
  openHint: 'Pesquisar ideias e ações (Ctrl+F ou /)',
  dialogLabel: 'Pesquisar nesta reunião',
  queryLabel: 'Pesquisar ideias e ações',
  queryPlaceholder: 'Palavras a procurar',
  departmentFilter: 'Departamento',
  roundFilter: 'Ronda',
  themeFilter: 'Tema',
  any: 'Qualquer',
  noTheme: 'Sem tema',
  close: 'Fechar (Esc)',
  ideasHeading: (shown: number, total: number) =>
    shown === total ? `Ideias (${n(total)})` : `Ideias (primeiras ${n(shown)} de ${n(total)})`,
  actionsHeading: (shown: number, total: number) =>
    shown === total ? `Ações (${n(total)})` : `Ações (primeiras ${n(shown)} de ${n(total)})`,
  nothing: 'Nada corresponde.',
  typeToSearch: 'Escreva palavras a procurar ou escolha um filtro para listar ideias.',
  ideaResult: (number: number, round: string, department: string) =>
    `#${number} · ${round} · ${department}`,
  actionResult: (owner: string, due: string) => `${owner} · prazo: ${due}`,
  hint: '↑ / ↓ escolhem um resultado, Enter salta para ele. Durante as rondas, escolhe-se uma ideia para desenvolver sem sair da ronda.'
}
