const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]s$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        target: "es2021",
      },
    },
  ],
}

/** One project per kind of spec; `npm test` runs them all, `--selectProjects` narrows. */
function project(displayName, testMatch, extra = {}) {
  return {
    displayName,
    testMatch,
    transform,
    testEnvironment: "node",
    moduleFileExtensions: ["js", "ts", "json"],
    modulePathIgnorePatterns: [
      "<rootDir>/dist/",
      "<rootDir>/.medusa/",
      "<rootDir>/.data/",
    ],
    setupFiles: ["<rootDir>/integration-tests/setup.js"],
    ...extra,
  }
}

module.exports = {
  // Every HTTP/infra spec file boots a whole Medusa app; one long-lived process accumulates
  // them until it runs out of heap. Two workers (one per core) that are replaced once they
  // hold more than 1.5 GB after a file keep memory flat and use both cores. A third worker
  // starves the lock-timeout assertions of the concurrency suites.
  maxWorkers: 2,
  workerIdleMemoryLimit: "1500MB",
  testSequencer: "<rootDir>/integration-tests/test-sequencer.js",
  globalSetup: "<rootDir>/integration-tests/global-setup.js",
  globalTeardown: "<rootDir>/integration-tests/global-teardown.js",
  projects: [
    project("unit", [
      "<rootDir>/src/**/__tests__/**/*.unit.spec.ts",
      "<rootDir>/integration-tests/unit/**/*.spec.ts",
    ]),
    project("modules", ["<rootDir>/src/modules/*/__tests__/**/*.spec.ts"], {
      testPathIgnorePatterns: ["\\.unit\\.spec\\.ts$"],
    }),
    project("infra", ["<rootDir>/integration-tests/infra/**/*.spec.ts"]),
    project("http", ["<rootDir>/integration-tests/http/**/*.spec.ts"]),
    project("reliability", [
      "<rootDir>/integration-tests/reliability/**/*.spec.ts",
    ]),
    project("security", ["<rootDir>/integration-tests/security/**/*.spec.ts"]),
    // The admin in Chromium against the production build (its own server, see the suite).
    project("browser", ["<rootDir>/integration-tests/browser/**/*.spec.ts"]),
  ],
}
