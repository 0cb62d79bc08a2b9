/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // No test mocks modules or changes globals, so workers are reused across files: each file
    // no longer pays its own start-up (about 20 s of the suite on these 2-core machines).
    isolate: false,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
