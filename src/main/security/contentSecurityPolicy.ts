/**
 * The app's Content-Security-Policy. Sent as a response header by the app protocol and repeated in a
 * <meta> tag in src/renderer/index.html, so it also holds while a developer runs the Vite dev server.
 * Nothing is loaded from the network: scripts, styles, fonts and images all come from the app itself.
 * Inline styles are allowed because React's `style` prop needs them; inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')
