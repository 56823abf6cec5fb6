import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    // The calibration floors audit every labelled call (about 1,500) once before their checks: seconds on a quiet
    // machine, more on a shared two-core CI runner.
    hookTimeout: 60000,
  },
});
