import { describe, expect, it } from 'vitest'
import { mainWindowOptions, secureWebPreferences } from '../../../src/main/windows/windowOptions'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs')

  it('runs the page sandboxed and isolated from the preload, without Node.js', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false
    })
  })

  it('keeps web security on and webviews, insecure content and experiments off', () => {
    expect(prefs).toMatchObject({
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('does not leave any setting to a default that weakens it', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })
})

describe('mainWindowOptions', () => {
  it('uses the secure preferences and stays hidden until its first paint', () => {
    // Written out, not computed with secureWebPreferences: a weakened preference must fail here.
    expect(mainWindowOptions('/p.cjs')).toEqual({
      title: 'Northstar',
      width: 1280,
      height: 800,
      minWidth: 800,
      minHeight: 560,
      show: false,
      autoHideMenuBar: true,
      webPreferences: {
        preload: '/p.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick'
      }
    })
  })
})
