import { formatNumber, plural } from '../../../../shared/i18n/plural'
import type { minutesStrings as english } from '../minutes'

/** Strings of the Minutes stage in European Portuguese (see ../minutes.ts). */
export const minutesStrings: typeof english = {
  intro:
    'Exporte a ata de ações. A reunião continua aberta e a recolha de ideias continua a funcionar durante a exportação.',
  formatsLegend: 'Formatos',
  formats: {
    pdf: 'Ata de ações em PDF',
    md: 'Markdown (para email ou wiki)',
    csv: 'CSV das ações (para uma folha de cálculo)',
    ics: 'Calendário (.ics) com os prazos e a próxima revisão'
  },
  formatShort: { pdf: 'PDF', md: 'Markdown', csv: 'CSV', ics: 'Calendário' },
  chooseFolder: 'Escolher pasta e exportar…',
  exportToLast: (folder: string) => `Exportar para ${folder}`,
  noFormat: 'Escolha pelo menos um formato.',
  busy: 'A exportar a ata…',
  cancelled: 'Exportação cancelada: não foi escolhida nenhuma pasta.',
  done: (count: number) =>
    plural('pt-PT', count, { one: 'Exportado # ficheiro.', other: 'Exportados # ficheiros.' }),
  resultsHeading: 'Ficheiros exportados',
  open: 'Abrir',
  openLabel: (name: string) => `Abrir ${name}`,
  show: 'Mostrar na pasta',
  showLabel: (name: string) => `Mostrar ${name} na respetiva pasta`,
  warningsHeading: 'A ter em conta',
  checking: 'A verificar que caracteres o PDF consegue desenhar…',
  allDrawn: 'Os tipos de letra do PDF desenham todos os caracteres desta reunião.',
  undrawableHeading: 'Caracteres que o PDF não consegue desenhar',
  undrawableIntro:
    'Nenhum tipo de letra do PDF tem estes caracteres: no lugar deles aparecerá �. Os ficheiros Markdown, CSV e de calendário mantêm-nos tal como foram escritos. Reescreva-os aqui antes de exportar se o PDF os tiver de mostrar.',
  undrawableItem: (character: string, name: string, codePoints: string, field: string) =>
    `“${character}”, ${name} (${codePoints}) — ${field}`,
  undrawableTimes: (count: number) => (count > 1 ? ` — ${formatNumber('pt-PT', count)} vezes` : '')
}
