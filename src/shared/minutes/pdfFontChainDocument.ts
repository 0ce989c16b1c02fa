import type { PdfContent, PdfDocument, PdfNode } from './pdfTypes'
import type { ShapedText } from './pdfTextRuns'

/**
 * Shapes one text (fonts and order), or null when the default font draws it as it is. `whole` is
 * true when the text is a paragraph of its own (not one piece of a composed line).
 */
export type Shaper = (text: string, whole: boolean) => ShapedText | null

type Inline = string | PdfNode

/** The inlines of a text array with every string cut into runs; nodes keep their own style. */
function shapeInlines(text: PdfContent, shape: Shaper): { text: PdfContent; rtl: boolean } {
  if (typeof text === 'string') {
    const shaped = shape(text, true)
    return shaped ? { text: shaped.inlines, rtl: shaped.rtl } : { text, rtl: false }
  }
  if (!Array.isArray(text)) return { text: shapeNode(text, shape), rtl: false }
  const out: Inline[] = []
  for (const item of text as Inline[]) {
    if (typeof item === 'string') {
      const shaped = shape(item, false)
      if (shaped) out.push(...(shaped.inlines as PdfNode[]))
      else out.push(item)
    } else if (typeof item.text === 'string') {
      const shaped = shape(item.text, false)
      if (shaped) out.push(...shaped.inlines.map((inline) => ({ ...item, ...inline })))
      else out.push(item)
    } else {
      out.push(shapeNode(item, shape))
    }
  }
  return { text: out, rtl: false }
}

function shapeNode(node: PdfNode, shape: Shaper): PdfNode {
  const out: PdfNode = { ...node }
  if (node.text !== undefined) {
    const shaped = shapeInlines(node.text, shape)
    out.text = shaped.text
    if (shaped.rtl && !node.alignment) out.alignment = 'right'
  }
  if (node.stack) out.stack = node.stack.map((c) => shapeContent(c, shape))
  if (node.ul) out.ul = node.ul.map((c) => shapeContent(c, shape))
  if (node.ol) out.ol = node.ol.map((c) => shapeContent(c, shape))
  if (node.columns) out.columns = node.columns.map((c) => shapeNode(c, shape))
  if (node.table)
    out.table = {
      ...node.table,
      body: node.table.body.map((row) => row.map((cell) => shapeContent(cell, shape)))
    }
  if (node.toc?.title) out.toc = { ...node.toc, title: shapeNode(node.toc.title, shape) }
  return out
}

/** Any content with its texts shaped. */
export function shapeContent(content: PdfContent, shape: Shaper): PdfContent {
  if (typeof content === 'string') {
    const shaped = shape(content, true)
    if (!shaped) return content
    return shaped.rtl
      ? { text: shaped.inlines as PdfNode[], alignment: 'right' }
      : { text: shaped.inlines as PdfNode[] }
  }
  if (Array.isArray(content)) return content.map((c) => shapeContent(c, shape))
  return shapeNode(content, shape)
}

/**
 * The document with every text drawn through the font fallback chain: each string becomes runs
 * that name their font, right-to-left lines are put in visual order and aligned right, and the
 * running header and footer are shaped the same way.
 */
export function withFontChain(doc: PdfDocument, shape: Shaper): PdfDocument {
  const { header, footer } = doc
  return {
    ...doc,
    header: (page, count) => {
      const content = header(page, count)
      return content === null ? null : shapeContent(content, shape)
    },
    footer: (page, count) => {
      const content = footer(page, count)
      return content === null ? null : shapeContent(content, shape)
    },
    content: doc.content.map((c) => shapeContent(c, shape))
  }
}
