import type { Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy, directive by directive, with why each source is allowed.
 * Scripts and workers come only from the app's own files: no inline script, no eval, no plugins.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // The trainer's results view parses exports in a module worker built into the app's own files.
  'worker-src': "'self'",
  // Score bars set their width in a style attribute; no style comes from data.
  'style-src': "'self' 'unsafe-inline'",
  // Phaser loads its built-in textures from data: URLs and draws to canvases it reads back.
  'img-src': "'self' data: blob:",
  // The sound cues are synthesized in the page and handed to Howler as data: URLs.
  'media-src': "'self' data: blob:",
  // Statements go to whatever LRS an administrator enters, or the LMS's LRS named in a cmi5 launch: any http(s) address.
  'connect-src': "'self' https: http: data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** The policy as the content of a meta tag. */
export function contentSecurityPolicy(): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/**
 * Put the policy in the built index.html, first in its head. Build only: the dev server injects its
 * client and styles inline and talks to the page over a WebSocket, which this policy would refuse.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'frontline-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
  };
}
