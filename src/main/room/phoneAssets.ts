import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The built phone page (`out/phone`): one HTML file, one script, one style sheet. */
export interface PhoneAssets {
  html: string
  js: string
  css: string
}

/** Reads the phone page built by `vite build -c vite.phone.config.ts` (part of `npm run build`). */
export async function readPhoneAssets(dir: string): Promise<PhoneAssets> {
  const [html, js, css] = await Promise.all(
    ['index.html', 'phone.js', 'phone.css'].map((name) => readFile(join(dir, name), 'utf8'))
  )
  return { html: html!, js: js!, css: css! }
}
