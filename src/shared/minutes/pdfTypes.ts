/**
 * The slice of pdfmake's document-definition format the minutes use, declared here so that src/shared
 * stays free of pdfmake. The main-process adapter hands these objects to pdfmake unchanged.
 */
export type PdfContent = string | PdfNode | PdfContent[]

export type PdfMargin = number | [number, number] | [number, number, number, number]

export interface PdfNode {
  text?: PdfContent
  stack?: PdfContent[]
  columns?: PdfNode[]
  ul?: PdfContent[]
  ol?: PdfContent[]
  table?: PdfTable
  layout?: string | PdfTableLayout
  toc?: { title?: PdfNode; numberStyle?: Record<string, unknown> }
  canvas?: Array<Record<string, unknown>>
  /** Listed in the table of contents. */
  tocItem?: boolean
  tocMargin?: PdfMargin
  tocStyle?: string | Record<string, unknown>
  style?: string | string[]
  /** A family registered with pdfmake (the font fallback chain sets it per run). */
  font?: string
  /** A run of a right-to-left paragraph in reading order (see `TextInline.rtlLine`). */
  rtlLine?: boolean
  /** OpenType features, e.g. `{ ccmp: false }`. */
  fontFeatures?: Record<string, boolean>
  bold?: boolean
  italics?: boolean
  fontSize?: number
  color?: string
  alignment?: 'left' | 'right' | 'center' | 'justify'
  margin?: PdfMargin
  width?: number | string
  pageBreak?: 'before' | 'after'
  /** Keeps the node and the next one together when it would otherwise end a page. */
  headlineLevel?: number
  unbreakable?: boolean
  noWrap?: boolean
  lineHeight?: number
  characterSpacing?: number
  start?: number
}

export interface PdfTable {
  headerRows?: number
  dontBreakRows?: boolean
  widths: Array<number | string>
  body: PdfContent[][]
}

/** pdfmake's custom table layout: line widths and colours per row/column, fill per row. */
export interface PdfTableLayout {
  hLineWidth?: (row: number, node: { table: { body: unknown[] } }) => number
  vLineWidth?: (column: number) => number
  hLineColor?: (row: number) => string
  fillColor?: (row: number) => string | null
  paddingLeft?: (column: number) => number
  paddingRight?: (column: number) => number
  paddingTop?: (row: number) => number
  paddingBottom?: (row: number) => number
}

export type PdfDynamic = (currentPage: number, pageCount: number) => PdfContent | null

export interface PdfStyle {
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  margin?: PdfMargin
  lineHeight?: number
  characterSpacing?: number
  fillColor?: string
}

/** A complete pdfmake document definition. */
export interface PdfDocument {
  info: { title: string; author: string; subject: string; creator: string; keywords?: string }
  pageSize: 'A4'
  pageMargins: PdfMargin
  header: PdfDynamic
  footer: PdfDynamic
  content: PdfContent[]
  styles: Record<string, PdfStyle>
  defaultStyle: PdfStyle & { font: string; fontFeatures?: Record<string, boolean> }
  language?: string
  /** PDF viewers show the title from the metadata instead of the file name. */
  displayTitle?: boolean
}
