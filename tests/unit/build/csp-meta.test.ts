import type { HtmlTagDescriptor, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp.js';
import viteConfig from '../../../vite.config.js';

// The built page carries the same policy as main's header, as a <meta> tag (frame-ancestors
// excepted: browsers ignore it in a meta policy). Checked on the build plugin that injects it.
describe('CSP meta tag in the built page', () => {
  const plugins = (viteConfig.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((candidate) => candidate.name === 'remit-csp');

  it('is injected by the production build only', () => {
    expect(plugin).toBeDefined();
    expect(plugin?.apply).toBe('build');
  });

  it('carries the strict policy first in <head>', () => {
    const transform = plugin?.transformIndexHtml as unknown as () => HtmlTagDescriptor[];
    const [tag] = transform();
    expect(tag).toMatchObject({ tag: 'meta', injectTo: 'head-prepend' });
    expect(tag?.attrs?.['http-equiv']).toBe('Content-Security-Policy');
    const content = String(tag?.attrs?.['content']);
    expect(content).toContain("default-src 'self'");
    expect(content).toContain("script-src 'self'");
    expect(content).not.toMatch(/unsafe-(eval|inline)/);
    expect(content.split('; ')).toEqual(
      CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors')),
    );
    expect(content).not.toContain('frame-ancestors');
  });
});
