import type { Strings } from '../../strings'

/** Strings of the `?` cheat sheet, in European Portuguese: the mirror of ../shortcuts.ts. */
export const shortcutsStrings: Strings['shortcuts'] = {
  does: {
    cheatSheet: {
      showShortcuts: 'Mostrar esta lista de atalhos (fora de um campo de texto)'
    },
    meeting: {
      undo: 'Anular a última alteração à reunião (num campo de texto: quando estiver vazio)',
      redo: 'Refazer',
      nextStage: 'Etapa seguinte (→ fora de um campo de texto)',
      previousStage: 'Etapa anterior (← fora de um campo de texto)'
    },
    prepare: {
      togglePrepare: 'Abrir ou fechar Preparar'
    },
    search: {
      openSearch: 'Pesquisar ideias e ações; filtrar ideias (/ fora de um campo de texto)'
    },
    room: {
      toggleRoomJoin: 'Participação da sala: deixar os telemóveis da sala participar, ou parar'
    },
    presenter: {
      togglePresent: 'Apresentar: abrir ou fechar a janela do projetor',
      toggleBlank: 'Pôr o projetor em branco, ou mostrá-lo de novo',
      toggleFreeze: 'Congelar o projetor enquanto edita, ou deixá-lo acompanhar de novo'
    },
    story: {
      toggleReflection: 'Iniciar ou terminar uma pausa para reflexão'
    },
    framing: {
      editFraming: 'Editar a pergunta de enquadramento'
    },
    captureBar: {
      selectPrevious:
        'Selecionar a ideia anterior (desta ronda, depois das anteriores): a próxima ideia parte dela',
      selectNext: 'Selecionar a ideia seguinte: a próxima ideia parte dela',
      editIdea: 'Editar a ideia selecionada (texto, autor, departamento)',
      moveIdea: 'Mover a ideia selecionada para outra ronda',
      mergeIdea: 'Juntar a ideia selecionada a outra (pelo número)',
      deleteIdea: 'Eliminar a ideia selecionada (Ctrl/Cmd+Z recupera-a)',
      toggleCountdown: 'Iniciar ou pausar o temporizador da ronda',
      addMinute: 'Acrescentar um minuto ao temporizador da ronda',
      resetCountdown: 'Repor o temporizador da ronda',
      previousRound: 'Ronda anterior',
      nextRound: 'Ronda seguinte'
    },
    ideaCard: {
      editIdea: 'Editar esta ideia',
      moveIdea: 'Mover esta ideia para outra ronda',
      mergeIdea: 'Juntar esta ideia a outra',
      deleteIdea: 'Eliminar esta ideia',
      selectPrevious: 'Cartão de ideia anterior',
      selectNext: 'Cartão de ideia seguinte'
    },
    convergeBoard: {
      theme: 'Pôr as ideias selecionadas (ou a que tem o foco) num tema',
      voteUp: 'Mais um voto para a ideia ou o tema com o foco',
      voteDown: 'Menos um voto para a ideia ou o tema com o foco',
      nextIdea: 'Ideia seguinte',
      previousIdea: 'Ideia anterior'
    },
    projector: {
      toggleBlank: 'Em branco, ou mostrar de novo',
      toggleFreeze: 'Congelar, ou acompanhar de novo',
      next: 'Página seguinte da história ou etapa seguinte',
      previous: 'Página anterior da história ou etapa anterior',
      exit: 'Parar de apresentar (fecha o projetor, não a reunião)'
    }
  },
  where: {
    cheatSheet: 'Em qualquer lado',
    meeting: 'Em qualquer lado numa reunião',
    prepare: 'Em qualquer lado numa reunião',
    search: 'Em qualquer lado numa reunião',
    room: 'Em qualquer lado numa reunião',
    presenter: 'Em qualquer lado numa reunião',
    story: 'História do cliente',
    framing: 'Pergunta de enquadramento',
    captureBar: 'Rondas (a barra de captura mantém o foco)',
    ideaCard: 'Rondas, cartão de ideia com o foco',
    convergeBoard: 'Quadro de convergência',
    projector: 'Janela do projetor'
  },
  keys: {
    mod: 'Ctrl/Cmd',
    alt: 'Alt',
    shift: 'Shift',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    space: 'Espaço',
    Escape: 'Esc',
    Enter: 'Enter',
    Delete: 'Delete',
    Backspace: 'Retrocesso'
  },
  or: (a: string, b: string) => `${a} ou ${b}`,
  fieldKeys: [
    { keys: 'Esc', action: 'Fechar esta lista', where: 'Em qualquer lado' },
    { keys: 'Enter', action: 'Guardar o campo (texto curto)', where: 'Preparar' },
    { keys: 'Ctrl/Cmd+Enter', action: 'Guardar o campo (texto longo)', where: 'Preparar' },
    { keys: 'Esc', action: 'Voltar ao valor guardado do campo', where: 'Preparar' },
    { keys: 'Enter', action: 'Acrescentar a ideia', where: 'Rondas, barra de captura' },
    {
      keys: 'Alt+tecla do departamento',
      action: 'Escolher o departamento',
      where: 'Rondas, barra de captura'
    },
    {
      keys: '@nome no início',
      action: 'Escolher o departamento pelo nome',
      where: 'Rondas, barra de captura'
    },
    {
      keys: '^3',
      action: 'Partir da ideia n.º 3, de qualquer ronda',
      where: 'Rondas, barra de captura'
    },
    {
      keys: 'Esc',
      action: 'Deixar de partir da ideia selecionada',
      where: 'Rondas, barra de captura'
    },
    {
      keys: 'Espaço',
      action: 'Selecionar ou desmarcar a ideia com o foco',
      where: 'Quadro de convergência'
    },
    {
      keys: 'Esc',
      action: 'Fechar a pergunta do tema sem alterações',
      where: 'Quadro de convergência'
    },
    {
      keys: 'Enter',
      action: 'Guardar uma contagem de votos, um nome de tema ou um formulário',
      where: 'Convergir, Ações, Reconhecimento e encerramento'
    },
    {
      keys: 'Ctrl/Cmd+Enter',
      action: 'Acrescentar (ou guardar) a ação a partir de qualquer campo',
      where: 'Ações'
    }
  ]
}
