import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { WAIT } from './appSteps'
import { SCREENSHOT_DIR } from './launchNorthstar'
import type { NorthstarHarness } from './launchNorthstar'

/** The laptop and projector sizes every stage is looked at in. */
export const LAPTOP = { width: 1280, height: 720 }
export const FULL_HD = { width: 1920, height: 1080 }

/** Where the two-window run keeps its screenshots (test-output/ is gitignored). */
export const TWO_WINDOW_SHOTS = join(SCREENSHOT_DIR, 'two-windows')

/**
 * Screenshots the facilitator window and the projector at 1280×720 and 1920×1080 (the viewport
 * only, as the screen shows it), then puts both back to 1280×720.
 */
export async function shootBothWindows(
  app: NorthstarHarness,
  facilitator: Page,
  projector: Page,
  name: string
): Promise<void> {
  await mkdir(TWO_WINDOW_SHOTS, { recursive: true })
  for (const size of [LAPTOP, FULL_HD]) {
    for (const [window, page] of [
      ['facilitator', facilitator],
      ['projector', projector]
    ] as const) {
      await page.setViewportSize(size)
      await settle(page)
      await page.screenshot({
        path: join(TWO_WINDOW_SHOTS, `${name}-${window}-${size.width}x${size.height}.png`)
      })
    }
  }
  await facilitator.setViewportSize(LAPTOP)
  await projector.setViewportSize(LAPTOP)
  await settle(facilitator)
  await settle(projector)
}

/** Two animation frames: layout effects that fit text after a resize have run. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  )
}

/** How many text lines the meeting header takes (its height over one button's height). */
export async function headerLines(page: Page): Promise<number> {
  return page.locator('header.app-header').evaluate((header) => {
    const tops = new Set<number>()
    for (const el of Array.from(header.querySelectorAll('button, h1, [role="status"]'))) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      // Items on one line share a vertical middle (within a few pixels).
      tops.add(Math.round((box.top + box.bottom) / 2 / 12))
    }
    return tops.size
  })
}

/**
 * How far an element reaches past the bottom or the right of the viewport, or past the bottom of the
 * box that scrolls it, in px (0: wholly on screen without scrolling).
 */
export async function offScreen(target: Locator): Promise<number> {
  await target.waitFor(WAIT)
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect()
    let bottom = innerHeight
    let right = innerWidth
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up)
      if (style.overflowY !== 'visible')
        bottom = Math.min(bottom, up.getBoundingClientRect().bottom)
      if (style.overflowX !== 'visible') right = Math.min(right, up.getBoundingClientRect().right)
    }
    return Math.max(0, box.bottom - bottom, box.right - right)
  })
}

/** True when the page itself has nothing to scroll to. */
export const pageDoesNotScroll = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)

/**
 * Every piece of projector text the room cannot read in full: a box whose content is cut (taller or
 * wider than the box, below the screen), or text drawn with an ellipsis. Empty when all fits.
 */
export async function projectorClipping(projector: Page): Promise<string[]> {
  return projector.locator('main.projector').evaluate((main: HTMLElement) => {
    const problems: string[] = []
    const screen = main.getBoundingClientRect()
    for (const el of Array.from(main.querySelectorAll<HTMLElement>('*'))) {
      if (el.closest('[hidden], .visually-hidden') || el.getClientRects().length === 0) continue
      const style = getComputedStyle(el)
      const name = `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 40)}”`
      if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') {
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
          problems.push(`ellipsis: ${name}`)
      }
      if (style.overflow !== 'visible' && el.children.length + el.childNodes.length > 0) {
        if (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2)
          problems.push(
            `cut: ${name} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`
          )
      }
      const box = el.getBoundingClientRect()
      if (box.height > 0 && (box.bottom > screen.bottom + 1 || box.right > screen.right + 1))
        problems.push(`off screen: ${name}`)
    }
    if (/…/.test(main.innerText)) problems.push('an ellipsis in the text')
    return problems
  })
}

/** The font size in px of the projector's idea texts (the smallest one). */
export async function smallestIdeaFontPx(projector: Page): Promise<number> {
  return projector
    .locator('.pj-idea-text')
    .evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))))
}

/** The idea texts on the projector in reading order. */
export const projectorIdeaTexts = (projector: Page): Promise<string[]> =>
  projector.locator('.pj-idea-text:visible').allInnerTexts()
