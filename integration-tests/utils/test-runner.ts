import { MedusaAppLoader } from "@medusajs/framework"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { createMigratedDatabase } from "./migrated-template"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

let runners = 0
let startingOnTemplate = false

// Medusa's runner migrates the modules, then plans the link tables, each time a suite
// starts. On a copy of a migrated template both passes find nothing to do, yet still
// load every module's migrations (seconds per suite), so that start skips them. Only
// the runner calls these two in a test process.
const runModulesMigrations = MedusaAppLoader.prototype.runModulesMigrations
MedusaAppLoader.prototype.runModulesMigrations = async function (...args) {
  return startingOnTemplate ? undefined : runModulesMigrations.apply(this, args)
}
const getLinksExecutionPlanner =
  MedusaAppLoader.prototype.getLinksExecutionPlanner
MedusaAppLoader.prototype.getLinksExecutionPlanner = async function () {
  const planner = await getLinksExecutionPlanner.apply(this)
  if (!startingOnTemplate) {
    return planner
  }
  startingOnTemplate = false
  return Object.assign(Object.create(planner), {
    createPlan: async () => [],
    executePlan: async () => undefined,
  })
}

/**
 * Medusa's integration test runner, on a database copied from a migrated template.
 * Medusa's runner migrates every module into an empty database for each suite (the
 * larger part of a suite's start-up); it accepts a database that already exists, so
 * this one creates it first from a template the run migrates once per configuration.
 * The runner's own migration pass then finds nothing to do. Suites on another project
 * (`cwd`) start on the same templates when it loads the same modules (the infra fixture
 * app), else, like a `medusaConfigFile` or a `dbName`, keep Medusa's behaviour.
 *
 * Like Medusa's, call it after any hook that sets the environment the configuration
 * reads (withAppEnv), so its beforeAll sees the same variables the runner loads.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  if (options.medusaConfigFile || options.dbName) {
    return medusaRunner(options)
  }
  const dbName = `marketplace-test-${process.pid}-${++runners}`
  beforeAll(
    async () => {
      startingOnTemplate = await createMigratedDatabase(dbName, options.cwd)
    },
    10 * 60 * 1000
  )
  afterAll(() => {
    startingOnTemplate = false
  })
  return medusaRunner({ ...options, dbName })
}
