import { describe, expect, it } from 'vitest'
import { paginateStory } from '../../../src/shared/projector/storyPages'

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('story slides', () => {
  it('keeps a short story on one slide', () => {
    expect(paginateStory('John heard his daughter sing.', 900)).toEqual([
      'John heard his daughter sing.'
    ])
  })

  it('an empty story is one empty slide', () => {
    expect(paginateStory('  \n\n ', 900)).toEqual([''])
  })

  it('breaks a long story between paragraphs, each slide within the limit, nothing lost', () => {
    const paragraph = (n: number) => `Paragraph ${n}. ${'We listened to the customer. '.repeat(10)}`
    const text = [1, 2, 3, 4, 5].map(paragraph).join('\n\n')
    const pages = paginateStory(text, 700)
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(700)
    expect(squash(pages.join(' '))).toBe(squash(text))
    expect(pages[1]).toMatch(/^Paragraph \d\./)
  })

  it('breaks an over-long paragraph between sentences, then words', () => {
    const text = `${'A sentence that goes on. '.repeat(20)}${'word '.repeat(100)}`
    const pages = paginateStory(text, 120)
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(120)
    expect(squash(pages.join(' '))).toBe(squash(text))
    expect(pages[0]).toMatch(/on\.$/)
  })

  it('cuts a word longer than a slide rather than clipping it', () => {
    const pages = paginateStory('x'.repeat(25), 10)
    expect(pages).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx'])
  })
})
