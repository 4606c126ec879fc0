import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"
import { buildMedusaConfig } from "../../src/config"

const root = path.resolve(__dirname, "../..")

type Service = {
  build?: unknown
  image?: string
  restart?: string
  command?: string[]
  environment?: Record<string, string>
  healthcheck?: { test?: unknown; disable?: boolean }
}

const compose = parse(
  fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"),
  {
    merge: true,
  }
) as { services: Record<string, Service> }
const services = compose.services

const documented = new Set(
  fs
    .readFileSync(path.join(root, ".env.template"), "utf8")
    .split("\n")
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name))
)

const INTERPOLATION = /\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}/g
const interpolated = (value: string) =>
  [...value.matchAll(INTERPOLATION)].map((match) => match[1])

/** Resolves `${VAR}`, `${VAR:-default}` and `${VAR:?error}` the way compose does. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g,
    (_, name, kind, rest) => {
      if (env[name]) {
        return env[name]
      }
      if (kind === "?") {
        throw new Error(`compose requires ${name}: ${rest}`)
      }
      return kind === "-" ? rest : ""
    }
  )
}

const appServices = Object.entries(services).filter(
  ([, service]) => service.build
)

describe("docker-compose.yml", () => {
  it("runs postgres, redis, minio with bucket creation, memcached, a server and a worker", () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        "memcached",
        "migrate",
        "minio",
        "minio-init",
        "postgres",
        "redis",
        "server",
        "worker",
      ].sort()
    )
    expect(services.server.environment?.MEDUSA_WORKER_MODE).toBe("server")
    expect(services.worker.environment?.MEDUSA_WORKER_MODE).toBe("worker")
    expect(services.migrate.command).toEqual(["migrate"])
    expect(JSON.stringify(services["minio-init"])).toContain(
      "mc mb --ignore-existing"
    )
    expect(fs.existsSync(path.join(root, "Dockerfile"))).toBe(true)
  })

  it("builds server, worker and migration from the repository's Dockerfile", () => {
    expect(appServices.map(([name]) => name).sort()).toEqual([
      "migrate",
      "server",
      "worker",
    ])
  })

  it("gives every long-running service a health check", () => {
    const longRunning = Object.entries(services).filter(
      ([name]) => !["minio-init", "migrate"].includes(name)
    )
    for (const [name, service] of longRunning) {
      expect({ name, test: service.healthcheck?.test }).toEqual({
        name,
        test: expect.anything(),
      })
      expect(service.healthcheck?.disable).not.toBe(true)
    }
  })

  it("configures the app only through variables documented in .env.template", () => {
    const undocumented: string[] = []
    for (const [name, service] of Object.entries(services)) {
      const environment = service.environment ?? {}
      const keys = service.build ? Object.keys(environment) : []
      const references = Object.values(environment).flatMap((value) =>
        interpolated(String(value))
      )
      for (const variable of [...keys, ...references]) {
        if (!documented.has(variable)) {
          undocumented.push(`${name}: ${variable}`)
        }
      }
    }
    expect(undocumented).toEqual([])
  })

  it("hands the app an environment its own config accepts", () => {
    const operator = {
      POSTGRES_PASSWORD: "pg-secret",
      MINIO_ROOT_PASSWORD: "minio-secret",
      JWT_SECRET: "jwt-secret",
      COOKIE_SECRET: "cookie-secret",
    }
    for (const [, service] of appServices) {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value), operator),
        ])
      )
      const config = buildMedusaConfig(env)
      expect(config.projectConfig?.databaseUrl).toBe(
        "postgres://marketplace:pg-secret@postgres:5432/marketplace"
      )
      const resolved = config.modules?.map((module) =>
        "resolve" in module ? module.resolve : undefined
      )
      expect(resolved).toEqual(
        expect.arrayContaining([
          "@medusajs/medusa/event-bus-redis",
          "@medusajs/medusa/workflow-engine-redis",
          "@medusajs/medusa/file",
        ])
      )
    }
  })
})
