import type { GlyphWording, UndrawnScript } from '../../minutes/glyphCoverage'
import { formatNumber } from '../plural'

/** "Tamil letter" / "Tamil sign"; a name that is already a kind of character is used for both. */
const script = (name: string, whole = false) =>
  whole ? { letter: name, sign: name } : { letter: `${name} letter`, sign: `${name} sign` }

const SCRIPTS: Record<UndrawnScript, { letter: string; sign: string }> = {
  Tamil: script('Tamil'),
  Telugu: script('Telugu'),
  Kannada: script('Kannada'),
  Malayalam: script('Malayalam'),
  Bengali: script('Bengali'),
  Gurmukhi: script('Gurmukhi'),
  Gujarati: script('Gujarati'),
  Oriya: script('Odia'),
  Sinhala: script('Sinhala'),
  Khmer: script('Khmer'),
  Lao: script('Lao'),
  Myanmar: script('Myanmar'),
  Tibetan: script('Tibetan'),
  Ethiopic: script('Ethiopic'),
  Armenian: script('Armenian'),
  Georgian: script('Georgian'),
  Mongolian: script('Mongolian'),
  Syriac: script('Syriac'),
  Thaana: script('Thaana'),
  Cherokee: script('Cherokee'),
  Canadian_Aboriginal: script('Canadian Aboriginal syllabics', true),
  Yi: script('Yi'),
  Egyptian_Hieroglyphs: script('Egyptian hieroglyph', true),
  Cuneiform: script('Cuneiform'),
  Braille: script('Braille'),
  Han: script('Han character', true),
  Hiragana: script('Hiragana'),
  Katakana: script('Katakana'),
  Hangul: script('Hangul'),
  Hebrew: script('Hebrew'),
  Arabic: script('Arabic'),
  Devanagari: script('Devanagari'),
  Thai: script('Thai')
}

/** Characters the PDF fonts cannot draw, in English: the export's warnings and the preview check. */
export const glyphsEnglish: GlyphWording = {
  scripts: SCRIPTS,
  general: {
    privateUse: 'private-use character',
    emoji: 'emoji',
    symbol: 'symbol',
    letter: 'letter',
    mark: 'combining mark',
    other: 'character'
  },
  places: {
    facts: 'the meeting details',
    departments: 'a department name',
    attendees: 'an attendee',
    story: 'the customer story',
    framingQuestion: 'the framing question',
    rounds: 'a round',
    ideas: 'an idea',
    themes: 'a theme',
    actions: 'an action',
    escalations: 'a Rule-of-Two escalation',
    recognitions: 'a recognition',
    priorities: 'a priority',
    carriedFrom: 'last quarter’s meeting',
    carried: 'last quarter’s actions'
  },
  warning: ({ character, name, codePoints, count, where }) =>
    `The PDF fonts cannot draw “${character}” (${name}, ${codePoints}${count === 1 ? '' : `, ${formatNumber('en', count)} times`}), first in ${where}. The PDF shows \uFFFD in its place; the Markdown, CSV and calendar files keep it.`,
  more: (count) =>
    `${formatNumber('en', count)} more characters the PDF fonts cannot draw are also shown as \uFFFD.`
}
