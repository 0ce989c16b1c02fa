/**
 * Splits a customer story into slides of at most `maxChars` characters each, breaking between
 * paragraphs where it can, then between sentences, then between words, and only inside a word that is
 * itself longer than a slide. No text is lost or reordered: joining the slides gives the story back
 * (up to the whitespace at the breaks). An empty story is one empty slide.
 */
export function paginateStory(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars))
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (paragraphs.length === 0) return ['']

  const pages: string[] = []
  let page = ''
  const push = (piece: string, joiner: string) => {
    if (page === '') page = piece
    else if (page.length + joiner.length + piece.length <= limit) page += joiner + piece
    else {
      pages.push(page)
      page = piece
    }
  }
  for (const paragraph of paragraphs) {
    for (const [index, piece] of pieces(paragraph, limit).entries()) {
      push(piece, index === 0 ? '\n\n' : ' ')
    }
  }
  if (page !== '') pages.push(page)
  return pages
}

/** A paragraph cut into runs no longer than `limit`: whole sentences, else words, else characters. */
function pieces(paragraph: string, limit: number): string[] {
  if (paragraph.length <= limit) return [paragraph]
  const sentences = paragraph.match(/[^.!?…]+(?:[.!?…]+["”’)]*\s*|$)/g) ?? [paragraph]
  const out: string[] = []
  let run = ''
  for (const raw of sentences) {
    const sentence = raw.trim()
    if (sentence === '') continue
    const parts = sentence.length <= limit ? [sentence] : words(sentence, limit)
    for (const part of parts) {
      if (run === '') run = part
      else if (run.length + 1 + part.length <= limit) run += ` ${part}`
      else {
        out.push(run)
        run = part
      }
    }
  }
  if (run !== '') out.push(run)
  return out
}

/** A long sentence cut between words; a word longer than `limit` is cut where it must be. */
function words(sentence: string, limit: number): string[] {
  const out: string[] = []
  for (const word of sentence.split(/\s+/)) {
    for (let i = 0; i < word.length; i += limit) out.push(word.slice(i, i + limit))
  }
  return out
}
