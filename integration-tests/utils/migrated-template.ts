import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import path from "node:path"
import { buildMedusaConfig } from "../../src/config"
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

/**
 * What decides the schema a migration run produces: the modules and providers the
 * configuration loads (the workflow engines' migrations differ, the PostgreSQL locking
 * provider brings its own) and the feature flags. Options and secrets do not.
 */
function schemaFingerprint(env: NodeJS.ProcessEnv): string {
  const config = buildMedusaConfig(env)
  const modules = (config.modules ?? []).map((module) => {
    const { key, resolve, options } = module as {
      key?: string
      resolve?: unknown
      options?: { providers?: { resolve?: unknown }[] }
    }
    return [
      key ?? null,
      resolve ?? null,
      options?.providers?.map((provider) => provider.resolve) ?? [],
    ]
  })
  return createHash("sha256")
    .update(JSON.stringify([modules, config.featureFlags ?? {}]))
    .digest("hex")
    .slice(0, 12)
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
 * Creates `database` as a copy of a migrated template for the configuration `env`
 * selects, migrating that template first if no spec of this run has needed it yet.
 * Workers share templates: an advisory lock per fingerprint lets one of them migrate
 * while the others wait.
 */
export async function createMigratedDatabase(
  database: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const fingerprint = schemaFingerprint(env)
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
}
