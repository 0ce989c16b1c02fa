import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/**
 * The phone page (room join): its own small entry, built to out/phone with fixed file names so the
 * room server serves exactly index.html, phone.js and phone.css. No framework: plain DOM keeps the
 * script a few kilobytes.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/phone'),
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'out/phone'),
    emptyOutDir: true,
    minify: true,
    cssCodeSplit: false,
    modulePreload: false,
    target: 'es2022',
    rollupOptions: {
      output: {
        entryFileNames: 'phone.js',
        chunkFileNames: 'phone-[name].js',
        assetFileNames: 'phone[extname]'
      }
    }
  }
})
