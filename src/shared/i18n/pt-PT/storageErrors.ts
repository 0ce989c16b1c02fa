import type { StorageReason } from '../../errors/reasons'
import type { ExportFormat } from '../../ipc/contract'
import type { ErrorWordings } from '../catalogue'
import { n, readOnlySentence } from './numbers'

/** What each export format is called in sentences (with its article: the nouns' genders differ). */
export const FORMAT_NAMES_PT: Record<ExportFormat, string> = {
  pdf: 'a ata em PDF',
  md: 'a ata em Markdown',
  csv: 'o CSV das ações',
  ics: 'o ficheiro de calendário'
}

/** "a ata em PDF", or "a ata" for the export as a whole. */
const formatName = (format: ExportFormat | null): string =>
  format === null ? 'a ata' : FORMAT_NAMES_PT[format]

const DISK_PROBLEMS: Record<string, string> = {
  ENOSPC: 'o disco está cheio',
  EDQUOT: 'a sua quota de disco esgotou-se',
  EACCES: 'o Northstar não tem permissão para escrever aí',
  EPERM: 'o Northstar não tem permissão para escrever aí',
  EROFS: 'o disco é só de leitura',
  EIO: 'o disco comunicou um erro',
  EBUSY: 'outro programa está a usar o ficheiro',
  EMFILE: 'há demasiados ficheiros abertos'
}

const DISK_REMEDIES: Record<string, string> = {
  ENOSPC: 'liberte algum espaço',
  EDQUOT: 'liberte algum espaço',
  EROFS: 'torne a pasta gravável',
  EACCES: 'verifique as permissões da pasta',
  EPERM: 'verifique as permissões da pasta'
}

/** European Portuguese wording of every library, workspace, disk and export reason. */
export const STORAGE_ERRORS_PT: ErrorWordings<StorageReason['key']> = {
  meetingNotInLibrary: () => 'Essa reunião não está na biblioteca.',
  meetingGoneFromLibrary: () => 'Essa reunião já não está na biblioteca.',
  meetingGoneFromTrash: () => 'Essa reunião já não está no lixo.',
  badMeetingId: () => 'Não é possível guardar esse identificador de reunião.',
  templateGone: () => 'Esse modelo já não está disponível.',
  templateNameEmpty: () => 'Dê um nome ao modelo.',
  carryOverSelf: () => 'Uma reunião não pode transitar as suas próprias ações.',
  readOnly: (r) => `Nada foi alterado. ${readOnlySentence(r.overLimits)}`,
  workspaceInUse: (r) =>
    `Este espaço de trabalho (${r.root}) já está aberto noutro Northstar ${r.host === null ? 'neste computador' : `em “${r.host}”`}, e só um pode guardar nele de cada vez. ` +
    `Feche esse Northstar e tente novamente.${r.host === null ? '' : ` O Northstar assume-o sozinho quando o outro estiver ${n(r.staleMinutes)} minutos sem dar sinal.`}` +
    ` Se nenhum estiver aberto, elimine o ficheiro “${r.lockFile}” nessa pasta.`,
  workspaceTakenOver: (r) =>
    `Outro Northstar assumiu este espaço de trabalho (${r.root}) enquanto este esteve sem dar sinal (em suspensão ou sem acesso à unidade), por isso esta alteração não foi guardada e nada do que o outro guardar é substituído. Feche este Northstar e abra a reunião no outro.`,
  diskError: (r) => {
    const remedy = DISK_REMEDIES[r.code] ?? 'verifique o disco'
    const tail = r.keptInMemory
      ? `A sua alteração está guardada em memória; ${remedy} e será gravada na próxima alteração.`
      : `Nada foi alterado; ${remedy} e tente novamente.`
    return `O Northstar não conseguiu guardar em ${r.folder}: ${DISK_PROBLEMS[r.code] ?? 'o disco comunicou um erro'}. ${tail}`
  },
  openPathFailed: (r) => `O computador não conseguiu abrir ${r.file}: ${r.problem}`,
  revealForbidden: () => 'O Northstar só abre ficheiros que ele próprio exportou.',
  exportFolderNotChosen: () =>
    'O Northstar só exporta para uma pasta escolhida por si. Escolha a pasta de novo para exportar para lá.',
  exportNoFormat: () => 'Escolha pelo menos um formato para exportar.',
  exportNotAllowed: (r) =>
    `O Northstar não tem permissão para escrever em “${r.folder}”. Escolha outra pasta.`,
  exportFolderReadOnly: (r) => `“${r.folder}” é só de leitura. Escolha outra pasta.`,
  exportDiskFull: (r) =>
    `O disco está cheio, por isso não foi possível guardar ${formatName(r.format)} em “${r.folder}”.`,
  exportFolderGone: (r) => `A pasta “${r.folder}” já não existe. Escolha outra pasta.`,
  exportNotAFolder: (r) =>
    `“${r.folder}” é um ficheiro, não uma pasta. Escolha uma pasta para a ata.`,
  exportSaveFailed: (r) =>
    `Não foi possível guardar ${formatName(r.format)} em “${r.folder}” (${r.detail}).`,
  exportRenderFailed: (r) => `Não foi possível criar ${FORMAT_NAMES_PT[r.format]}: ${r.detail}`
}
