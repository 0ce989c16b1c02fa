import { formatNumber, plural } from '../../../../shared/i18n/plural'
import type { projectorStrings as english } from '../projector'

const ideas = (count: number): string =>
  plural('pt-PT', count, { one: '# ideia', other: '# ideias' })

/** Strings of the projector and the presenting controls in European Portuguese (see ../projector.ts). */
export const projectorStrings: typeof english = {
  windowTitle: 'Northstar — projetor',
  waiting: 'À espera de que o facilitador abra uma reunião…',
  blanked: 'O ecrã do projetor está em branco',
  reflectionHeading: 'Um momento para refletir',
  reflectionHint: 'Respire fundo. Pense no que isto significou para eles.',
  reflectionTimer: 'Pausa para reflexão',
  welcome: {
    purpose: 'Porque estamos aqui',
    mission: 'A nossa missão',
    agenda: 'Hoje',
    minutes: (minutes: number) => `${formatNumber('pt-PT', minutes)} min`
  },
  lastQuarter: {
    heading: 'Ações do trimestre anterior',
    from: (title: string) => `De “${title}”`,
    none: 'Não transitou nenhuma ação do trimestre anterior.',
    owner: (owner: string) => `Responsável: ${owner}`,
    metric: (name: string, baseline: string, latest: string, summary: string) =>
      `${name}: ${baseline || '–'} → ${latest || '–'} (${summary})`,
    status: {
      open: 'Em aberto',
      done: 'Concluída',
      inProgress: 'Em curso',
      stalled: 'Parada',
      dropped: 'Abandonada'
    }
  },
  story: {
    heading: 'A história do nosso cliente',
    customer: (name: string) => `— ${name}`,
    segment: 'Segmento',
    channel: 'Chegou-nos por',
    broughtBy: 'Trazida por',
    impact: 'O que mudou',
    page: (n: number, total: number) => `${n} / ${total}`,
    empty: 'A história do cliente ainda não foi escrita.'
  },
  framing: {
    heading: 'A pergunta de hoje',
    empty: 'A pergunta de enquadramento ainda não foi escrita.'
  },
  round: {
    label: (position: number, total: number) => `Ronda ${position} de ${total}`,
    timeLeft: 'Tempo restante',
    timeUp: 'Acabou o tempo',
    paused: 'Em pausa',
    ideasHeading: 'Ideias por departamento',
    noIdeas: 'Ainda não há ideias',
    earlier: (count: number) =>
      plural('pt-PT', count, { one: '+ # ideia anterior', other: '+ # ideias anteriores' }),
    notShown: (count: number) =>
      plural('pt-PT', count, {
        one: '+# ideia anterior não mostrada',
        other: '+# ideias anteriores não mostradas'
      }),
    ideaCount: ideas,
    buildsOn: (number: number, department: string) => `baseia-se na #${number} (${department})`,
    buildsOnInRound: (number: number, department: string, round: string) =>
      `baseia-se na #${number} (${department}) em “${round}”`,
    noRound: 'Esta reunião não tem rondas.'
  },
  converge: {
    heading: 'Em que votámos',
    none: 'Ainda não há votos.',
    votes: (count: number) => plural('pt-PT', count, { one: '# voto', other: '# votos' }),
    rank: (rank: number) => `${rank}.º`,
    theme: 'Tema',
    notShown: (count: number) => `+${formatNumber('pt-PT', count)} com menos votos`
  },
  actions: {
    heading: 'As nossas ações',
    none: 'Ainda não há ações.',
    owner: 'Responsável',
    due: 'Prazo',
    metric: 'Métrica de cliente',
    benefit: 'Para os nossos clientes',
    priority: { high: 'Alta', medium: 'Média', low: 'Baixa' },
    target: (name: string, baseline: string, target: string) =>
      `${name}: ${baseline || '–'} → ${target || '–'}`,
    notShown: (count: number) =>
      plural('pt-PT', count, {
        one: '+# ação na ata',
        other: '+# ações na ata'
      })
  },
  close: {
    heading: 'Obrigado',
    recognitions: 'Reconhecimento',
    priorities: 'As nossas prioridades',
    nextReview: 'Próxima revisão',
    none: 'Até à próxima revisão.'
  },
  department: (name: string) => `Departamento: ${name}`,
  presenter: {
    groupLabel: 'Projetor',
    present: 'Apresentar',
    stopPresenting: 'Parar de apresentar',
    blank: 'Ecrã em branco',
    freeze: 'Congelar',
    theme: 'Projetor claro',
    status: {
      off: 'Projetor desligado',
      live: 'Projetor em direto',
      blank: 'Projetor em branco',
      frozen: 'Projetor congelado'
    }
  }
}
