import { spawnSync } from "node:child_process"
import path from "node:path"

jest.setTimeout(120 * 1000)

const root = path.resolve(__dirname, "../..")
const medusa = path.join(root, "node_modules", ".bin", "medusa")

/** A production start (`medusa start` sets NODE_ENV=production) that is otherwise valid. */
const VALID_PRODUCTION = {
  DATABASE_URL: "postgres://postgres@localhost:1/never-reached",
  JWT_SECRET: "a-real-jwt-secret",
  COOKIE_SECRET: "a-real-cookie-secret",
}

function start(env: Record<string, string>) {
  const inherited = Object.fromEntries(
    ["PATH", "HOME", "MEDUSA_DISABLE_TELEMETRY"].map((name) => [
      name,
      process.env[name] ?? "",
    ])
  )
  return spawnSync(medusa, ["start"], {
    cwd: root,
    env: { ...inherited, ...env },
    encoding: "utf8",
    timeout: 60 * 1000,
  })
}

describe("starting with a bad configuration", () => {
  it.each([
    [
      { FILE_PROVIDER: "s3" },
      "Invalid configuration: S3_BUCKET is required when FILE_PROVIDER=s3",
    ],
    [
      { EVENT_BUS: "redis" },
      "Invalid configuration: EVENT_BUS is redis but neither EVENTS_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { CACHE_MODULE: "redis" },
      "Invalid configuration: CACHE_MODULE is redis but neither CACHE_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { CACHING: "mongodb" },
      'Invalid configuration: CACHING must be one of memory | redis | memcached | off (got "mongodb")',
    ],
    [
      { JWT_SECRET: "supersecret" },
      "Invalid configuration: JWT_SECRET must be set to a non-default secret when NODE_ENV=production",
    ],
    [
      { DATABASE_URL: "" },
      "Invalid configuration: DATABASE_URL is required when NODE_ENV=production",
    ],
  ])("%j exits non-zero with one line naming the variable", (bad, message) => {
    const result = start({ ...VALID_PRODUCTION, ...bad })
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split("\n")).toEqual([message])
  })
})
