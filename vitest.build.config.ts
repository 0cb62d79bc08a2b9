// The tests that run a whole `astro build` of broken content. They run as their own step of
// `npm test` (`npm run test:build-errors`), apart from the fast unit suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
  },
});
