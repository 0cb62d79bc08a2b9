/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // No test mocks modules or changes globals, so workers are reused across files: each file
    // no longer pays its own start-up (about 20 s of the suite on these 2-core machines).
    isolate: false,
    // Every core: left to itself Vitest ran one worker at a time here (2 cores), and the property
    // files are the slowest part of the suite.
    maxWorkers: '100%',
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
