import type { CliWording } from '../en/cli'
import { formatNumber } from '../plural'
import { FORMAT_NAMES_PT } from './storageErrors'

/** What `npm run export` prints about a meeting, in European Portuguese (see ../en/cli.ts). */
export const cliPortuguese: CliWording = {
  formatName: (format) => FORMAT_NAMES_PT[format],
  noSuchFile: (file) =>
    `Não é possível abrir o ficheiro de reunião ${file}: o ficheiro não existe.`,
  damaged: (file) =>
    `${file} está danificado: não é JSON completo (pode ter sido cortado ou alterado por outro programa).`,
  cannotExport: (file, why) => `Não é possível exportar ${file}: ${why}`,
  repaired: (what) => `Reparado na leitura: ${what}`,
  note: (what) => `Nota: ${what}`,
  warning: (what) => `Aviso: ${what}`,
  notMade: (format, why) => `Não foi possível criar ${format}: ${why}`,
  alreadyExists: 'o ficheiro já existe (acrescente --force para o substituir)',
  noFolder: 'a pasta não existe',
  cannotWrite: (target, why) => `Não é possível escrever ${target}: ${why}.`,
  wrote: (format, target, kilobytes) =>
    `Ficheiro ${target} escrito com ${format} (${formatNumber('pt-PT', kilobytes)} KB).`,
  failed: (why) => `A exportação falhou: ${why}`
}
