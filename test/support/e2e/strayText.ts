import type { Page } from 'playwright-core'
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../src/renderer/src/i18n/pseudo'

/** One piece of text a person can see or hear on a page, and where it is. */
export interface ShownText {
  text: string
  /** A CSS path to the element, plus the attribute when the text is one (`[aria-label]`). */
  where: string
}

/**
 * Every text the page shows right now: visible text nodes (inside closed `<select>`s too), the
 * `aria-label`, `title`, `placeholder`, `alt`, `aria-roledescription` and `aria-valuetext` of visible
 * elements, the value of input buttons, and `document.title`. Hidden elements, `<script>`, `<style>`
 * and `<template>` are skipped. Runs in the page.
 */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    const cssPath = (el: Element): string => {
      const parts: string[] = []
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        let part = at.tagName.toLowerCase()
        if (at.id) part += `#${at.id}`
        else if (at.classList.length > 0) part += `.${Array.from(at.classList).slice(0, 2).join('.')}`
        const parent = at.parentElement
        const same = parent ? Array.from(parent.children).filter((c) => c.tagName === at.tagName) : []
        if (!at.id && same.length > 1) part += `:nth-of-type(${same.indexOf(at) + 1})`
        parts.unshift(part)
        if (at.id) break
      }
      return parts.join(' > ')
    }
    const visible = (el: Element): boolean => {
      // An <option> is drawn by its <select>, open or not.
      const drawn = el.closest('select') ?? el
      return drawn.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
    }
    const found: Array<{ text: string; where: string }> = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.nodeValue?.trim() ?? ''
      if (!parent || text === '' || parent.closest('script, style, template, noscript')) continue
      if (visible(parent)) found.push({ text, where: cssPath(parent) })
    }
    const attributes = [
      'aria-label',
      'title',
      'placeholder',
      'alt',
      'aria-roledescription',
      'aria-valuetext'
    ]
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('script, style, template, noscript') || !visible(el)) continue
      for (const name of attributes) {
        const value = el.getAttribute(name)?.trim()
        if (value) found.push({ text: value, where: `${cssPath(el)} [${name}]` })
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) {
        if (el.value.trim()) found.push({ text: el.value.trim(), where: `${cssPath(el)} [value]` })
      }
    }
    found.push({ text: document.title, where: 'document.title' })
    return found
  })
}

/** `text` without its pseudo-marked parts (⟦…⟧, nested or not): what did not come from a catalogue. */
export function unmarkedParts(text: string): string {
  let depth = 0
  let rest = ''
  for (const char of text) {
    if (char === PSEUDO_OPEN) depth++
    else if (char === PSEUDO_CLOSE) depth = Math.max(0, depth - 1)
    else if (depth === 0) rest += char
  }
  return rest
}

/**
 * True when `text` has a word in it (two letters in a row): digits, punctuation, symbols and spaces
 * are not, nor is a lone letter (a key such as the E of Alt+Shift+E, the Q of Q4).
 */
const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text)

/**
 * The meeting content a page may show as it is: everything the test typed or seeded, plus what the user
 * can edit that came from the template (department names, round titles…). Matching is by whole value,
 * or by a shortened value (`…` after at least 8 of its first characters).
 */
export class UserData {
  private readonly values = new Set<string>()

  add(...values: string[]): this {
    for (const value of values) {
      for (const line of value.split('\n')) if (line.trim()) this.values.add(line.trim())
    }
    return this
  }

  /** `text` with every user-data value taken out. */
  without(text: string): string {
    let rest = text
    const longestFirst = [...this.values].sort((a, b) => b.length - a.length)
    for (const value of longestFirst) {
      if (value.length < 3 ? rest.trim() === value : rest.includes(value)) {
        rest = rest.split(value).join(' ')
      }
    }
    // A value cut short with an ellipsis (e.g. a long idea on a small card).
    rest = rest.replace(/(\S[^…]{7,})…/gu, (shortened: string, start: string) =>
      longestFirst.some((value) => value.startsWith(start.trim())) ? ' ' : shortened
    )
    return rest
  }
}

/** A text that did not come from the strings module: where it is and the unmarked words. */
export interface StrayText extends ShownText {
  stray: string
}

/** The shown texts with words outside ⟦…⟧ that are not user data. */
export function strayTexts(shown: ShownText[], data: UserData): StrayText[] {
  return shown.flatMap((item) => {
    const stray = data.without(unmarkedParts(item.text)).replace(/\s+/g, ' ').trim()
    return hasWords(stray) ? [{ ...item, stray }] : []
  })
}

/** The failure message: one line per stray text, and how to fix it. */
export function describeStrays(step: string, strays: StrayText[]): string {
  const lines = strays.map(
    (s) => `  - “${s.stray}” in “${s.text.slice(0, 120)}”\n      at ${s.where}`
  )
  return (
    `${step}: ${strays.length} text(s) on screen did not come from the strings module ` +
    `(not inside ⟦…⟧, not user data):\n${lines.join('\n')}\n` +
    'Fix: move the words into the English catalogue (src/renderer/src/strings*.ts) and read them ' +
    'through `strings`; if the text is meeting content the test typed, add it to the test’s UserData.'
  )
}
