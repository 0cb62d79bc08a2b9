// The tests that run whole tools on broken input (an `astro build` of broken content, the Nu HTML
// Checker on broken pages) and must see them fail. They run as their own step of `npm test`
// (`npm run test:tools`), apart from the fast unit suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
    // Whole builds and `astro sync` (in an afterAll) take minutes when both cores are busy.
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
