import type { GlyphWording, UndrawnScript } from '../../minutes/glyphCoverage'
import { plural } from '../plural'

/** "letra tâmil" / "sinal tâmil"; a name that is already a kind of character is used for both. */
const script = (name: string, whole = false) =>
  whole ? { letter: name, sign: name } : { letter: `letra ${name}`, sign: `sinal ${name}` }

const SCRIPTS: Record<UndrawnScript, { letter: string; sign: string }> = {
  Tamil: script('tâmil'),
  Telugu: script('telugu'),
  Kannada: script('kannada'),
  Malayalam: script('malaiala'),
  Bengali: script('bengali'),
  Gurmukhi: script('gurmuqui'),
  Gujarati: script('guzerate'),
  Oriya: script('odia'),
  Sinhala: script('cingalesa'),
  Khmer: script('khmer'),
  Lao: script('lao'),
  Myanmar: script('birmanesa'),
  Tibetan: script('tibetana'),
  Ethiopic: script('etíope'),
  Armenian: script('arménia'),
  Georgian: script('georgiana'),
  Mongolian: script('mongol'),
  Syriac: script('siríaca'),
  Thaana: script('thaana'),
  Cherokee: script('cherokee'),
  Canadian_Aboriginal: script('silabário aborígene canadiano', true),
  Yi: script('yi'),
  Egyptian_Hieroglyphs: script('hieróglifo egípcio', true),
  Cuneiform: script('cuneiforme'),
  Braille: script('braille'),
  Han: script('carácter han', true),
  Hiragana: script('hiragana'),
  Katakana: script('katakana'),
  Hangul: script('hangul'),
  Hebrew: script('hebraica'),
  Arabic: script('árabe'),
  Devanagari: script('devanágari'),
  Thai: script('tailandesa')
}

/** Characters the PDF fonts cannot draw, in European Portuguese (see ../en/glyphs.ts). */
export const glyphsPortuguese: GlyphWording = {
  scripts: SCRIPTS,
  general: {
    privateUse: 'carácter de uso privado',
    emoji: 'emoji',
    symbol: 'símbolo',
    letter: 'letra',
    mark: 'marca combinatória',
    other: 'carácter'
  },
  places: {
    facts: 'os dados da reunião',
    departments: 'o nome de um departamento',
    attendees: 'um participante',
    story: 'a história do cliente',
    framingQuestion: 'a pergunta de enquadramento',
    rounds: 'uma ronda',
    ideas: 'uma ideia',
    themes: 'um tema',
    actions: 'uma ação',
    escalations: 'um escalamento pela Regra dos Dois',
    recognitions: 'um reconhecimento',
    priorities: 'uma prioridade',
    carriedFrom: 'a reunião do trimestre anterior',
    carried: 'as ações do trimestre anterior'
  },
  warning: ({ character, name, codePoints, count, where }) =>
    `Os tipos de letra do PDF não conseguem desenhar “${character}” (${name}, ${codePoints}${count === 1 ? '' : `, ${plural('pt-PT', count, { one: '# vez', other: '# vezes' })}`}). Primeira ocorrência: ${where}. O PDF mostra \uFFFD no seu lugar; os ficheiros Markdown, CSV e de calendário mantêm-no.`,
  more: (count) =>
    `Mais ${plural('pt-PT', count, { one: '# carácter', other: '# caracteres' })} que os tipos de letra do PDF não conseguem desenhar ${count === 1 ? 'aparece' : 'aparecem'} também como \uFFFD.`
}
