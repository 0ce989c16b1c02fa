import { formatNumber, plural } from '../../../../shared/i18n/plural'
import type { stagesIntroStrings as english } from '../stagesIntro'

/** The first four live stages, the schedule badge and the cheat sheet in European Portuguese. */
export const stagesIntroStrings: typeof english = {
  welcome: {
    noPurpose: 'Acrescente em Preparar porque nos reunimos.',
    noMission: 'Acrescente em Preparar a missão da equipa.',
    agendaLabel: 'Ordem de trabalhos com as horas de início previstas',
    startsAt: (time: string) => `${time}`,
    minutes: (n: number) => `${formatNumber('pt-PT', n)} min`
  },
  lastQuarter: {
    from: (title: string) => `Ações em aberto transitadas de “${title}”.`,
    empty:
      'Não transitou nenhuma ação. Em Preparar (Ctrl+Shift+P), escolha a reunião anterior cujas ações em aberto devem transitar.',
    status: 'Estado',
    ofWhat: (what: string) => ` de “${what}”`,
    forWhat: (what: string) => ` para “${what}”`,
    onWhat: (what: string) => ` sobre “${what}”`,
    statuses: {
      open: 'Em aberto',
      done: 'Concluída',
      inProgress: 'Em curso',
      stalled: 'Parada',
      dropped: 'Abandonada'
    },
    owner: (name: string) => `Responsável: ${name}`,
    due: (date: string) => `Prazo: ${date}`,
    metric: (name: string, baseline: string, target: string) =>
      `${name}: valor de partida ${baseline || '–'} → meta ${target || '–'}`,
    latest: 'Último valor',
    latestLabel: 'Último valor da métrica',
    note: 'Nota',
    stuck: (times: number) => `⚠ Transitou ${formatNumber('pt-PT', times)} vezes sem progresso`,
    times: (times: number) =>
      plural('pt-PT', times, { one: 'Transitou # vez', other: 'Transitou # vezes' }),
    summary: (done: number, total: number) =>
      `${formatNumber('pt-PT', done)} de ${formatNumber('pt-PT', total)} concluídas`,
    moved: (summary: string) => `(${summary} desde o valor de partida)`
  },
  story: {
    empty: 'Ainda não há história. Acrescente a história do cliente em Preparar (Ctrl+Shift+P).',
    segment: 'Segmento',
    channel: 'Chegou por',
    broughtBy: 'Trazida por',
    impact: 'O que mudou',
    privateBadge: 'Privado — não é mostrado à sala',
    contact: 'Contacto (privado)',
    pause: 'Iniciar uma pausa para reflexão (R)',
    endPause: 'Terminar a pausa',
    pausing: 'Pausa para reflexão',
    remaining: (time: string) => `Faltam ${time} de silêncio`
  },
  framing: {
    edit: 'Editar a pergunta (E)',
    label: 'Pergunta de enquadramento ({cliente} é substituído pelo nome do cliente)',
    save: 'Guardar',
    cancel: 'Cancelar',
    hint: 'Enter guarda, Escape cancela.'
  },
  schedule: {
    label: 'Horário',
    notStarted: (total: number) => `Previsto: ${formatNumber('pt-PT', total)} min`,
    forecast: (time: string) => `Termina ≈ ${time}`,
    over: (amount: string) => `${amount} a mais`,
    under: (amount: string) => `faltam ${amount}`,
    late: (minutes: number) => `(${formatNumber('pt-PT', minutes)} min depois do previsto)`,
    stageOf: (stage: string) => `${stage}:`
  },
  cheatSheet: {
    open: 'Atalhos (?)',
    heading: 'Atalhos de teclado',
    close: 'Fechar',
    where: 'Onde',
    keys: 'Teclas',
    what: 'O que faz'
  }
}
