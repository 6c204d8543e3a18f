import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the built app: scripts, styles, fonts and data only from this origin,
 * no inline script, no plugins, no framing of forms elsewhere. Added at build time only, because the dev
 * server's hot reload injects inline scripts. React sets styles through the CSSOM, which CSP does not block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must come first), before any script or style the policy governs.
      handler: (html) => html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`),
    },
  };
}
