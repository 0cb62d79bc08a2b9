// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://roleplan.example.org',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [preact(), mdx(), sitemap()],
  // Inline CSS (hashed by the CSP) so no stylesheet request blocks the first paint.
  build: { inlineStylesheets: 'always' },
  // A test build of a deliberately broken copy of the roles (test/unit/broken-role-build.test.ts)
  // keeps its content cache apart, so it cannot leak into the real build's cache.
  ...(process.env.ROLEPLAN_CACHE_DIR ? { cacheDir: process.env.ROLEPLAN_CACHE_DIR } : {}),
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Preact and its signals in one chunk: islands share it, and a few small files
          // compress better as one.
          codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/](preact|@preact)[\\/]/ }] },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search index runs as WebAssembly, which CSP treats like eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
