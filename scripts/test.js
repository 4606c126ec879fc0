#!/usr/bin/env node
// `npm test`: every jest project (unit, modules, infra, http, reliability, security), then one closing line
// "N passed, N failed, N skipped" that CI reads. Extra arguments go to jest.
const fs = require("node:fs")
const path = require("node:path")
const { spawnSync } = require("node:child_process")

const root = path.resolve(__dirname, "..")
// One report per run: several runs may share the checkout (e.g. one project each).
const report = path.join(root, ".data", `jest-report-${process.pid}.json`)
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.rmSync(report, { force: true })

const env = {
  ...process.env,
  NODE_ENV: "test",
  MEDUSA_DISABLE_TELEMETRY: "true",
  // Medusa logs every migration at info; keep the test output readable (LOG_LEVEL=info to see it).
  LOG_LEVEL: process.env.LOG_LEVEL || "warn",
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
    .filter(Boolean)
    .join(" "),
}
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js")
// Medusa and knex log through console (every template restore drops connections and logs
// it); --silent keeps CI output to results. TEST_VERBOSE=1 shows the console again.
const quiet = process.env.TEST_VERBOSE ? [] : ["--silent"]
const args = [
  jest,
  "--json",
  `--outputFile=${report}`,
  "--forceExit",
  ...quiet,
  ...withPatternsLast(process.argv.slice(2)),
]
const { status } = spawnSync(process.execPath, args, {
  cwd: root,
  env,
  stdio: "inherit",
})

/**
 * jest's --selectProjects swallows every following word, so
 * `npm test -- --selectProjects http sellers` would treat "sellers" as a project:
 * keep only known project names there and pass the rest as path patterns.
 */
function withPatternsLast(argv) {
  const projects = new Set(
    require(path.join(root, "jest.config.js")).projects.map(
      (p) => p.displayName
    )
  )
  const options = []
  const patterns = []
  for (let i = 0; i < argv.length; i++) {
    options.push(argv[i])
    if (argv[i] === "--selectProjects") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
        const value = argv[++i]
        ;(projects.has(value) ? options : patterns).push(value)
      }
    }
  }
  return [
    ...options,
    ...patterns.map((pattern) => `--testPathPattern=${pattern}`),
  ]
}

if (!fs.existsSync(report)) {
  console.log("0 passed, 1 failed")
  process.exit(status || 1)
}
const {
  numPassedTests,
  numFailedTests,
  numPendingTests,
  numTodoTests,
  numRuntimeErrorTestSuites,
  testResults,
} = JSON.parse(fs.readFileSync(report, "utf8"))
fs.rmSync(report, { force: true })
recordDurations(testResults)

/**
 * Seconds per spec file, added to .data/test-durations.json: after a full run, copy it to
 * integration-tests/test-durations.json, the order CI runs the files in (longest first).
 */
function recordDurations(results) {
  const file = path.join(root, ".data", "test-durations.json")
  let durations = {}
  try {
    durations = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    // First run on this checkout.
  }
  for (const { name, startTime, endTime } of results ?? []) {
    if (startTime && endTime) {
      durations[path.relative(root, name).split(path.sep).join("/")] =
        Math.round((endTime - startTime) / 100) / 10
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(durations).sort(([a], [b]) => a.localeCompare(b))
  )
  fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`)
}
const failed = numFailedTests + numRuntimeErrorTestSuites
console.log(
  `\n${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`
)
process.exit(status ?? 1)
