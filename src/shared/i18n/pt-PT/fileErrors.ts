import type { FileReason, SchemaProblem } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { SUBJECTS_PT } from './labels'
import { CHARACTERS, ITEMS, countAndLimit, n } from './numbers'

/** Why a file cannot be read as a file (the end of a sentence), by system code or by kind. */
const UNREADABLE: Record<string, string> = {
  directory: 'é uma pasta, não um ficheiro',
  fifo: 'é um pipe com nome, não um ficheiro',
  device: 'é um dispositivo, não um ficheiro',
  socket: 'é um socket, não um ficheiro',
  other: 'não é um ficheiro normal',
  ELOOP: 'é uma ligação simbólica que aponta para si própria',
  EISDIR: 'é uma pasta, não um ficheiro',
  EACCES: 'o Northstar não tem permissão para o ler',
  EPERM: 'o Northstar não tem permissão para o ler',
  EIO: 'o disco comunicou um erro durante a leitura',
  ENXIO: 'é um dispositivo, não um ficheiro',
  ENAMETOOLONG: 'o nome é demasiado longo para este sistema'
}

const quoted = (title: string): string => `“${title || 'Reunião sem título'}”`

/** `2026-11-23T09:00:00.000Z` → `23/11/2026 09:00 UTC`. */
const readableTime = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) && iso.endsWith('Z')
    ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)} UTC`
    : iso

/** The rest of a schema sentence after its subject, `where` is " (em “path”)" or "". */
function schemaProblem(problem: SchemaProblem, where: string): string {
  switch (problem.kind) {
    case 'notUnderstood':
      return ' não foi compreendido.'
    case 'wrongType':
      return ` tem um valor em falta ou errado${where}.`
    case 'tooManyItems':
      return problem.count === null
        ? ` tem mais itens do que o limite de ${n(problem.limit)}${where}.`
        : ` tem ${countAndLimit(problem.count, problem.limit, ITEMS)}${where}.`
    case 'textTooLong':
      return problem.count === null
        ? ` tem um texto maior do que o limite de ${n(problem.limit)} caracteres${where}.`
        : ` tem um texto de ${countAndLimit(problem.count, problem.limit, CHARACTERS)}${where}.`
    case 'valueTooLarge':
      return ` tem o valor ${n(problem.value)}${where}; o limite é ${n(problem.limit)}.`
    case 'tooLarge':
      return ` tem um valor demasiado grande${where}.`
    case 'tooSmall':
      return ` tem um valor demasiado pequeno ou vazio${where}.`
    case 'unknownFields':
      return ` tem campos que esta versão não conhece${where}.`
    case 'unknownChange':
      return ` não é um tipo de alteração que esta versão conheça${where}.`
    case 'invalid':
      return ` tem um valor inválido${where}: ${problem.detail}.`
  }
}

/** European Portuguese wording of every reason a file or a request could not be read. */
export const FILE_ERRORS_PT: ErrorWordings<FileReason['key']> = {
  schema: (r) =>
    SUBJECTS_PT[r.subject] + schemaProblem(r.problem, r.path === null ? '' : ` (em “${r.path}”)`),
  notAMeeting: () => 'Este ficheiro não contém uma reunião do Northstar.',
  noVersion: () => 'Este ficheiro não diz que versão do Northstar o escreveu.',
  newerVersion: (r) =>
    `Esta reunião foi guardada por uma versão mais recente do Northstar (formato de ficheiro ${r.version}). Atualize a aplicação para a abrir.`,
  notText: () =>
    'O ficheiro não é texto legível: pode estar danificado ou não ser uma reunião do Northstar.',
  notJson: () =>
    'O ficheiro não é JSON completo: pode ter sido cortado ou alterado por outro programa.',
  unreadableFile: (r) =>
    `Não foi possível ler o ficheiro “${r.file}”: ${UNREADABLE[r.why] ?? `o sistema recusou (${r.why})`}.`,
  fileNotOpened: (r, word) =>
    `Não foi possível abrir o ficheiro “${r.file}”. ${word(r.cause)} Ficou onde está, sem alterações.`,
  setAside: (r, word) =>
    `Não foi possível abrir a reunião ${quoted(r.title)}. ${word(r.cause)} O ficheiro foi posto de parte, sem alterações, em ${r.where}. ` +
    (r.restoredFrom === null
      ? 'Não foi encontrada nenhuma cópia boa anterior, por isso a reunião foi retirada da biblioteca.'
      : `O Northstar repôs a última cópia boa, guardada a ${readableTime(r.restoredFrom)}; abra a reunião de novo para continuar a partir dela.`),
  importFailed: (r, word) =>
    `Não foi possível importar “${r.file}”. ${word(r.cause)} Nada foi importado e o ficheiro não foi alterado.`,
  importUnreadable: (r, word) => `${word(r.cause)} Nada foi importado.`,
  importMissing: (r) => `Não foi possível encontrar o ficheiro “${r.file}”.`,
  restoreFailed: (r, word) =>
    `Não foi possível repor a reunião eliminada${r.title ? ` “${r.title}”` : ''}. ${word(r.cause)} Continua em ${r.folder}.`
}
