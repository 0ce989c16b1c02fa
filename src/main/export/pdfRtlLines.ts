import { createRequire } from 'node:module'

/** The slice of a line pdfmake has laid out that the mirroring reads and moves. */
interface LaidOutLine {
  inlines: Array<{ x: number; width: number; rtlLine?: boolean }>
  /** Set once the line is mirrored: pdfmake may render a line object more than once. */
  rtlMirrored?: boolean
}

interface RendererClass {
  prototype: { renderLine: (this: unknown, line: LaidOutLine, x: number, y: number) => unknown }
}

let installed = false

/**
 * Right-to-left paragraphs that wrap. pdfmake breaks text into lines left to right and knows no
 * bidi, so a right-to-left paragraph is handed to it in reading order (runs marked `rtlLine` by
 * `shapeText`); once pdfmake has laid a line out, this puts the line's words in right-to-left
 * order by mirroring their boxes within the line. Each word's own glyphs are already right to left
 * (fontkit). The first line of the paragraph is then its beginning, as it must be.
 *
 * pdfmake (pinned) calls `Renderer.prototype.renderLine` for every laid-out line; this wraps it
 * once per process. Lines without such runs are untouched.
 */
export function installRtlLines(): void {
  if (installed) return
  installed = true
  const load = createRequire(import.meta.url)
  const { default: Renderer } = load('pdfmake/js/Renderer.js') as { default: RendererClass }
  const renderLine = Renderer.prototype.renderLine
  Renderer.prototype.renderLine = function (line, x, y) {
    const { inlines } = line
    if (!line.rtlMirrored && inlines.length > 1 && inlines.every((inline) => inline.rtlLine)) {
      line.rtlMirrored = true
      const left = Math.min(...inlines.map((i) => i.x))
      const right = Math.max(...inlines.map((i) => i.x + i.width))
      for (const inline of inlines) inline.x = left + right - (inline.x + inline.width)
    }
    return renderLine.call(this, line, x, y)
  }
}
