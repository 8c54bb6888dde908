import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/recipes/**/*.test.ts'],
    environment: 'node',
    // Tests that start the CLI or a browser wait on other processes: a busy machine is not a failure.
    testTimeout: 60_000,
  },
});
