import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy has one source, the header nginx sends (deploy/security-headers.conf): scripts,
 * styles, fonts, connections and workers only from this origin, no inline script, no plugins, no form posts, no
 * framing. The build copies it into the page's meta tag too, so a static host that sets no headers still enforces
 * it. React sets styles through the CSSOM, which CSP does not block.
 */
export const SECURITY_HEADERS_FILE = new URL('../deploy/security-headers.conf', import.meta.url);

/** Browsers obey these only in a header and complain about them in a meta tag (CSP 3, "meta element"). */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as the server sends it, read from the nginx snippet. */
export function readContentSecurityPolicy(snippet = readFileSync(SECURITY_HEADERS_FILE, 'utf8')): string {
  const policy = /^\s*add_header\s+Content-Security-Policy\s+"([^"]+)"/m.exec(snippet)?.[1];
  if (policy === undefined) throw new Error('deploy/security-headers.conf sets no Content-Security-Policy');
  return policy;
}

/** The policy for the page's meta tag: the header's, less what a meta tag cannot carry. */
export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/** Adds the policy to the built page. Build only: the dev server's hot reload injects inline scripts. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(readContentSecurityPolicy())}" />`;
        // Right after the charset (which must come first), before any script or style the policy governs.
        return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      },
    },
  };
}
