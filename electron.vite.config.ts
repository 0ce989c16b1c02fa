import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import type { Plugin } from 'vite'

/** Builds the phone page (vite.phone.config.ts) with the app, so `electron-vite build` makes it too. */
function phonePage(): Plugin {
  return {
    name: 'northstar-phone-page',
    apply: 'build',
    async closeBundle() {
      await build({ configFile: resolve(__dirname, 'vite.phone.config.ts'), logLevel: 'warn' })
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The PDF minutes render on a worker thread (src/main/export/pdfWorkerClient.ts).
          pdfWorker: resolve(__dirname, 'src/main/export/pdfWorker.ts'),
          // The room join server runs in an Electron utility process (src/main/room/utilityRoomHost.ts).
          roomProcess: resolve(__dirname, 'src/main/room/roomProcess.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron' (and a few Node shims), so anything it imports
      // is bundled rather than left as require() calls. It imports the zod-free method list
      // (src/shared/ipc/methods.ts), not the contract's schemas: the bundle is about 2 KB.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified by default; minify to keep startup JS small.
      minify: !process.env.NORTHSTAR_NO_MINIFY,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react(), phonePage()]
  }
})
