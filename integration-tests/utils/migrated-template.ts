import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { ConfigModule } from "@medusajs/framework/types"
import { defineConfig } from "@medusajs/framework/utils"
import { buildMedusaConfig } from "../../src/config"
import { Client } from "pg"
import { withAdminClient, pgConnection } from "./postgres-admin"

const ROOT = path.resolve(__dirname, "../..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

/** Template databases of this test run start with this prefix (global-teardown drops them). */
export function templatePrefix(): string {
  return `marketplace-template-${process.env.TEST_RUN_ID ?? "local"}-`
}

function databaseUrl(database: string): string {
  const { host, port, user, password } = pgConnection(database)
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${database}`
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

type ModuleEntry = {
  resolve?: unknown
  disable?: boolean
  options?: { providers?: { resolve?: unknown }[] }
}

/**
 * The directory Medusa looks for `migrations` in: a module's or provider's own folder, or
 * for Medusa's re-exports (`@medusajs/medusa/<name>`) the package they name as their
 * `discoveryPath`.
 */
function discoveryDir(cwd: string, resolve: string): string {
  if (resolve.startsWith(".") || path.isAbsolute(resolve)) {
    return path.resolve(cwd, resolve)
  }
  const file = require.resolve(resolve, { paths: [cwd] })
  const reexported = fs
    .readFileSync(file, "utf8")
    .match(/discoveryPath = require\.resolve\("([^"]+)"\)/)?.[1]
  return path.dirname(
    reexported ? require.resolve(reexported, { paths: [cwd] }) : file
  )
}

/**
 * Where a module or provider keeps its migrations, relative to the repository; null when
 * it has none (many of Medusa's packages ship an empty `migrations` folder).
 */
function migrationsOf(cwd: string, resolve: unknown): string | null {
  if (typeof resolve !== "string") {
    return "(inline)"
  }
  const dir = path.join(discoveryDir(cwd, resolve), "migrations")
  const migrations = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((file) => /\.[jt]s$/.test(file) && !file.endsWith(".d.ts"))
    : []
  return migrations.length ? path.relative(ROOT, dir) : null
}

/**
 * The configuration the project in `cwd` loads for `env`. The marketplace's is what its
 * medusa-config.ts exports; another project's medusa-config is read in jest's isolated
 * registry, so it sees the variables as they are now (that costs a second or so).
 */
function projectConfig(
  cwd: string,
  env: NodeJS.ProcessEnv
): Pick<ConfigModule, "modules" | "featureFlags"> {
  if (cwd === ROOT) {
    return defineConfig(buildMedusaConfig(env))
  }
  const saved = process.env
  process.env = env
  try {
    let config: ConfigModule | undefined
    jest.isolateModules(() => {
      const loaded = require(path.join(cwd, "medusa-config"))
      config = loaded.default ?? loaded
    })
    return config!
  } finally {
    process.env = saved
  }
}

/**
 * What decides the tables a migration run creates for the modules: the modules the
 * configuration loads (with Medusa's defaults, as defineConfig fills them in), each with
 * the migrations it and its providers bring (the workflow engines' differ, the PostgreSQL
 * locking provider brings its own), and the feature flags. A provider without migrations
 * (Stripe, S3, SendGrid, the Redis event bus...) creates no table, so configurations that
 * differ only there share a template (pg_dump of the default and of an all-providers
 * template: the same schema); options and secrets do not count either. The provider rows
 * `db:migrate` records are removed from a template (forgetProviders).
 */
function moduleSchema(cwd: string, env: NodeJS.ProcessEnv): string {
  const config = projectConfig(cwd, env)
  const modules = Object.entries(
    (config.modules ?? {}) as Record<string, ModuleEntry | boolean>
  )
    .filter(([, module]) => typeof module === "object" && !module.disable)
    .map(([key, module]) => {
      const { resolve, options } = module as ModuleEntry
      return [
        key,
        migrationsOf(cwd, resolve),
        (options?.providers ?? [])
          .map((provider) => migrationsOf(cwd, provider.resolve))
          .filter(Boolean),
      ]
    })
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
  return JSON.stringify([modules, config.featureFlags ?? {}])
}

/**
 * The fingerprint of the template a suite on the project `cwd` starts on, or null when it
 * needs Medusa's own migration. Templates are migrated in the marketplace (its link tables
 * come from its links); a project that loads the same modules (the infra fixture app)
 * uses them too, its extra link tables never read.
 */
export function templateOf(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): string | null {
  const schema = moduleSchema(cwd, env)
  if (cwd !== ROOT && schema !== moduleSchema(ROOT, env)) {
    return null
  }
  return createHash("sha256").update(schema).digest("hex").slice(0, 12)
}

function migrate(database: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Module migrations and link sync, without migration scripts: what Medusa's test
    // runner runs itself on an empty database.
    const child = spawn(MEDUSA, ["db:migrate", "--skip-scripts"], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: databaseUrl(database), LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `medusa db:migrate for the test template exited with ${code}:\n${output.slice(-4000)}`
            )
          )
    )
  })
}

/**
 * `db:migrate` boots the modules, and their loaders record the providers the migrating
 * configuration names (payment_provider, notification_provider...). A template serves
 * every configuration of its fingerprint, so it keeps none: each app records its own
 * providers when it boots, as on Medusa's freshly migrated database.
 */
async function forgetProviders(database: string): Promise<void> {
  const client = new Client(pgConnection(database))
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name LIKE '%\\_provider'`
    )
    for (const { table_name } of rows) {
      await client.query(`DELETE FROM ${quote(table_name)}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Creates `database` as a copy of a migrated template for the configuration `env`
 * selects in the project `cwd`, migrating that template first if no spec of this run has
 * needed it yet, and says whether it did (false: a project with modules of its own, left
 * to Medusa's runner). Workers share templates: an advisory lock per fingerprint lets one
 * of them migrate while the others wait.
 */
export async function createMigratedDatabase(
  database: string,
  cwd = ROOT,
  env: NodeJS.ProcessEnv = process.env
): Promise<boolean> {
  const fingerprint = templateOf(path.resolve(cwd), env)
  if (!fingerprint) {
    return false
  }
  const template = `${templatePrefix()}${fingerprint}`
  const lockKey = parseInt(fingerprint.slice(0, 8), 16) | 0
  await withAdminClient(async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [lockKey])
    try {
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [template]
      )
      if (!rowCount) {
        const building = `${template}-building`
        await client.query(`DROP DATABASE IF EXISTS ${quote(building)}`)
        await client.query(`CREATE DATABASE ${quote(building)}`)
        await migrate(building, env)
        await forgetProviders(building)
        await client.query(
          `ALTER DATABASE ${quote(building)} RENAME TO ${quote(template)}`
        )
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockKey])
    }
    await client.query(`DROP DATABASE IF EXISTS ${quote(database)}`)
    await client.query(
      `CREATE DATABASE ${quote(database)} TEMPLATE ${quote(template)}`
    )
  })
  return true
}
