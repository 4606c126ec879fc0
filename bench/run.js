#!/usr/bin/env node
// `npm run bench [-- --smoke] [-- --no-build] [-- --keep-db]` — see bench/README.md.
// Builds the production server, migrates and seeds a bench database, boots the built
// server twice (CACHING=off, then CACHING=redis), drives HTTP load with autocannon from
// this process, times Medusa's completeCartWorkflow against the split checkout in a
// `medusa exec` process, and writes bench/results/{latest|smoke}.{json,md,svg}.
const fs = require("node:fs")
const os = require("node:os")
const net = require("node:net")
const path = require("node:path")
const crypto = require("node:crypto")
const { spawn } = require("node:child_process")
const { Client } = require("pg")
const Redis = require("ioredis")
const autocannon = require("autocannon")
const { summarize, ratio, round, markdown, svg } = require("./lib/report")
const { vsCompare, vsMedusaResults, flows } = require("./lib/vs-medusa")

const root = path.resolve(__dirname, "..")
const serverDir = path.join(root, ".medusa", "server")
/** Plain Medusa 2.21.2, the comparison app: a medusa-config.ts and nothing else. */
const plainDir = path.join(__dirname, "medusa")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const argv = process.argv.slice(2)
const SMOKE = argv.includes("--smoke")
const NO_BUILD = argv.includes("--no-build")
const KEEP_DB = argv.includes("--keep-db")
const MODE = SMOKE ? "smoke" : "full"
const resultsDir = path.join(__dirname, "results")
/** BENCH_TAG=x keeps a second run on the same machine apart: its own databases, logs and results file. */
const TAG = (process.env.BENCH_TAG || "").replace(/[^a-z0-9]/gi, "")
const tmpDir = path.join(resultsDir, `${MODE}${TAG ? `-${TAG}` : ""}.tmp`)
const KS = [1, 2, 5, 10]

const PLAN = SMOKE
  ? {
      size: {
        sellers: 10,
        productsPerSeller: 2,
        variantsPerProduct: 2,
        stock: 100000,
      },
      carts: {
        read: 2,
        lineItems: 4,
        checkoutPerK: 3,
        ks: KS,
        concurrent: 20,
        concurrentK: 1,
        poolSize: 6,
      },
      read: { connections: 4, seconds: 3 },
      lineItems: { connections: 1, seconds: 3, amount: 100 },
      checkoutWarmup: 1,
      inprocess: { n: 2, warmup: 1, ks: KS, linesPerSeller: 2, poolSize: 6 },
      concurrency: 20,
      vs: {
        carts: {
          read: 2,
          lineItems: 2,
          checkout: 3,
          concurrent: 6,
          poolSize: 6,
        },
        // Fixed request counts, not durations: a busy CI machine still completes them all.
        rounds: 2,
        read: { connections: 2, amount: 10 },
        lineItems: { connections: 1, amount: 3 },
        products: { connections: 2, amount: 6, limit: 20 },
        shipping: { connections: 2, amount: 6 },
        checkoutWarmup: 1,
        flow: { n: 2, warmup: 1 },
        twoSellerFlow: { n: 1, warmup: 0 },
      },
    }
  : {
      size: {
        sellers: 20,
        productsPerSeller: 25,
        variantsPerProduct: 4,
        stock: 100000,
      },
      carts: {
        read: 10,
        lineItems: 40,
        checkoutPerK: 23,
        ks: KS,
        concurrent: 100,
        concurrentK: 2,
        poolSize: 6,
      },
      read: { connections: 10, seconds: 20 },
      lineItems: { connections: 8, seconds: 15, amount: 2000 },
      checkoutWarmup: 3,
      inprocess: { n: 20, warmup: 2, ks: KS, linesPerSeller: 2, poolSize: 6 },
      concurrency: 20,
      vs: {
        carts: {
          read: 10,
          lineItems: 40,
          checkout: 18,
          concurrent: 20,
          poolSize: 6,
        },
        // Per turn; each scenario runs `rounds` turns per app, alternating (lib/vs-medusa.js).
        rounds: 3,
        read: { connections: 10, seconds: 4 },
        lineItems: { connections: 8, seconds: 6, amount: 400 },
        products: { connections: 10, seconds: 4, limit: 20 },
        shipping: { connections: 10, seconds: 3 },
        checkoutWarmup: 3,
        flow: { n: 12, warmup: 2 },
        twoSellerFlow: { n: 10, warmup: 1 },
      },
    }

const started = Date.now()
const log = (message) =>
  console.log(
    `[bench ${MODE} +${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`
  )

// ---------------------------------------------------------------------------------------
// Processes

const children = new Set()
/** Run on failure too: the embedded PostgreSQL and the bench's Redis DB. */
const cleanups = []

/** Runs a command in its own process group; output to a log file (and the tail on failure). */
function run(
  command,
  args,
  { cwd = root, env, logFile, timeoutMs = 10 * 60 * 1000 } = {}
) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ["ignore", out, out],
      detached: true,
    })
    children.add(child)
    const timer = setTimeout(() => {
      killGroup(child, "SIGKILL")
      reject(
        new Error(
          `${path.basename(command)} ${args.join(" ")} timed out after ${timeoutMs / 1000}s (log: ${logFile})`
        )
      )
    }, timeoutMs)
    child.on("exit", (code) => {
      clearTimeout(timer)
      children.delete(child)
      fs.closeSync(out)
      if (code === 0) {
        resolve()
      } else {
        const tail = fs
          .readFileSync(logFile, "utf8")
          .split("\n")
          .slice(-25)
          .join("\n")
        reject(
          new Error(
            `${path.basename(command)} ${args.join(" ")} exited with ${code} (log: ${logFile})\n${tail}`
          )
        )
      }
    })
  })
}

function killGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal)
  } catch {}
}

async function stopChild(child, timeoutMs = 20000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  killGroup(child, "SIGTERM")
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), timeoutMs)
  await exited
  clearTimeout(timer)
  children.delete(child)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** VmRSS (MB) of every process in the tree of `pid`; the server is the largest. */
function rssOfTree(pid) {
  const parents = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(Number(entry), ppid)
    } catch {}
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) {
      if (parent === tree[i]) tree.push(child)
    }
  }
  const rss = []
  for (const p of tree) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8")
      const kb = Number((status.match(/VmRSS:\s+(\d+)/) || [])[1])
      const name = (status.match(/Name:\s+(.*)/) || [])[1]
      if (kb) rss.push({ pid: p, name, mb: round(kb / 1024) })
    } catch {}
  }
  rss.sort((a, b) => b.mb - a.mb)
  return rss
}

// ---------------------------------------------------------------------------------------
// PostgreSQL and Redis

async function pgReachable(connection) {
  const client = new Client({
    ...connection,
    database: "postgres",
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function withPg(connection, fn) {
  const client = new Client({ ...connection, database: "postgres" })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Everything that decides the migrated schema: a template is reused while it is unchanged. */
function schemaHash() {
  const hash = crypto.createHash("sha1")
  hash.update(fs.readFileSync(path.join(root, "package-lock.json")))
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (
        /migrations|links/.test(full) &&
        /\.(ts|js|json)$/.test(entry.name)
      ) {
        hash.update(full)
        hash.update(fs.readFileSync(full))
      }
    }
  }
  walk(path.join(root, "src", "modules"))
  walk(path.join(root, "src", "links"))
  walk(path.join(root, "src", "migrations"))
  hash.update(
    fs.readFileSync(path.join(root, "src", "config", "marketplace-modules.ts"))
  )
  return hash.digest("hex").slice(0, 10)
}

/** The plain app's schema depends only on the installed Medusa and its config. */
function plainSchemaHash() {
  const hash = crypto.createHash("sha1")
  hash.update(fs.readFileSync(path.join(root, "package-lock.json")))
  hash.update(fs.readFileSync(path.join(plainDir, "medusa-config.ts")))
  return hash.digest("hex").slice(0, 10)
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`

// ---------------------------------------------------------------------------------------
// Load

/**
 * Drives one scenario with autocannon. `nextRequest()` returns { path, body? } for every
 * request (so requests spread over many carts); latencies come from autocannon's response
 * events, a non-2xx answer or a socket error counts as an error. With both `seconds` and
 * `amount`, whichever comes first ends the run (autocannon alone lets amount win).
 */
async function load({
  name,
  port,
  method,
  headers,
  nextRequest,
  connections,
  seconds,
  amount,
  verify,
}) {
  const latencies = []
  let errors = 0
  let badBodies = 0
  const errorSamples = []
  const statuses = {}
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    ...(seconds ? { duration: seconds } : { amount }),
    timeout: 60,
    headers: { "content-type": "application/json", ...headers },
    requests: [
      {
        method,
        setupRequest: (request) => {
          const next = nextRequest()
          return {
            ...request,
            path: next.path,
            ...(next.body ? { body: JSON.stringify(next.body) } : {}),
          }
        },
        // Keeps the first error bodies, and checks 2xx bodies when the scenario says how.
        onResponse: (status, body) => {
          const ok = status >= 200 && status < 300
          if (ok && verify && !verify(body)) {
            badBodies++
          } else if (ok) {
            return
          }
          if (errorSamples.length < 5)
            errorSamples.push(`${status} ${String(body).slice(0, 300)}`)
        },
      },
    ],
  })
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] || 0) + 1
    if (statusCode >= 200 && statusCode < 300) {
      latencies.push(responseTime)
    } else {
      errors++
    }
    if (seconds && amount && latencies.length + errors >= amount) {
      instance.stop()
    }
  })
  instance.on("reqError", () => {
    errors++
  })
  const result = await instance
  const seconds_ = result.duration || seconds
  const summary = summarize({ latencies, errors, seconds: seconds_ })
  // For pooling alternating turns (bench/lib/vs-medusa.js); not written to the results.
  Object.defineProperty(summary, "latencies", { value: latencies })
  // A 2xx whose body is not what the scenario expects is an error too (its latency stays in).
  summary.errors += badBodies
  if (errorSamples.length) summary.error_samples = errorSamples
  summary.connections = connections
  summary.duration_s = round(seconds_, 2)
  summary.statuses = statuses
  summary.autocannon = {
    rps_mean: result.requests.mean,
    latency_p50: result.latency.p50,
    latency_p99: result.latency.p99,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
  log(
    `${name}: ${summary.rps} req/s, p50 ${summary.p50_ms} ms, p95 ${summary.p95_ms} ms, p99 ${summary.p99_ms} ms, ${summary.requests} requests, ${summary.errors} errors ${JSON.stringify(statuses)}`
  )
  for (const sample of errorSamples) log(`  error: ${sample}`)
  return summary
}

/** A completed checkout: `{ type: "order_group", order_group: { orders } }` with one order per seller. */
function isOrderGroup(sellers) {
  return (body) => {
    try {
      const parsed = JSON.parse(body)
      return (
        parsed.type === "order_group" &&
        parsed.order_group.orders.length === sellers
      )
    } catch {
      return false
    }
  }
}

function cycle(items) {
  let index = 0
  return () => items[index++ % items.length]
}

/** Each cart once: once the list is exhausted, requests go to a cart path that 404s (counted). */
function once(items) {
  let index = 0
  return () => items[index++] ?? "cart_exhausted"
}

// ---------------------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(tmpDir, { recursive: true })
  for (const file of fs.readdirSync(tmpDir))
    fs.rmSync(path.join(tmpDir, file), { force: true, recursive: true })
  const loadBefore = os.loadavg().map((v) => round(v, 2))
  log(
    `load average ${loadBefore.join(" ")} on ${os.cpus().length} CPUs${loadBefore[0] > 2 ? " — the machine is busy, numbers will be noisy" : ""}`
  )

  // --- PostgreSQL
  const systemPg = {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
  }
  let pgConnection
  let embedded
  let databaseLabel
  if (await pgReachable(systemPg)) {
    pgConnection = systemPg
    databaseLabel = `system ${systemPg.host}:${systemPg.port}`
  } else {
    const {
      startEmbeddedPostgres,
    } = require("../scripts/lib/embedded-postgres")
    const port = await freePort()
    log(
      `no PostgreSQL at ${systemPg.host}:${systemPg.port}: starting the embedded one on ${port}`
    )
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data", `bench-postgres-${MODE}`),
      port,
      persistent: false,
      durable: false,
    })
    cleanups.push(() => embedded.stop())
    pgConnection = {
      host: embedded.host,
      port,
      user: embedded.user,
      password: embedded.password,
    }
    databaseLabel = `embedded 127.0.0.1:${port}`
  }
  const database = `marketplace_bench_${MODE}${TAG ? `_${TAG}` : ""}`
  const auth = pgConnection.password
    ? `${encodeURIComponent(pgConnection.user)}:${encodeURIComponent(pgConnection.password)}`
    : encodeURIComponent(pgConnection.user)
  const databaseUrl = `postgres://${auth}@${pgConnection.host}:${pgConnection.port}/${database}`
  const plainDatabase = `medusa_plain_bench_${MODE}${TAG ? `_${TAG}` : ""}`
  const plainDatabaseUrl = `postgres://${auth}@${pgConnection.host}:${pgConnection.port}/${plainDatabase}`

  // --- Redis: dedicated DB indexes (the marketplace's and, running beside it, plain
  // Medusa's), flushed before and after (only if they are ours or empty). The test suites
  // use indexes 12 and 14.
  const redisUrl = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379/13"
  const plainRedisUrl =
    process.env.BENCH_PLAIN_REDIS_URL || "redis://127.0.0.1:6379/15"
  const OWNER_KEY = "marketplace-bench:owner"
  const redisIndexes = []
  for (const url of [redisUrl, plainRedisUrl]) {
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    })
    await client.connect()
    const size = await client.dbsize()
    if (size > 0 && !(await client.exists(OWNER_KEY))) {
      client.disconnect()
      throw new Error(
        `${url} holds ${size} keys that are not the bench's; set BENCH_REDIS_URL and BENCH_PLAIN_REDIS_URL to unused DB indexes`
      )
    }
    redisIndexes.push(client)
  }
  const resetRedis = async () => {
    for (const client of redisIndexes) {
      await client.flushdb()
      await client.set(OWNER_KEY, `bench ${MODE} pid ${process.pid}`)
    }
  }
  await resetRedis()
  cleanups.unshift(async () => {
    for (const client of redisIndexes) {
      await client.flushdb()
      client.disconnect()
    }
  })

  const baseEnv = { ...process.env }
  for (const name of [
    "DATABASE_URL",
    "REDIS_URL",
    "EVENTS_REDIS_URL",
    "WORKFLOW_REDIS_URL",
    "CACHE_REDIS_URL",
    "LOCKING_REDIS_URL",
    "MEMCACHED_SERVERS",
    "SLACK_WEBHOOK_URL",
    "NODE_OPTIONS",
  ]) {
    delete baseEnv[name]
  }
  const appEnv = (overrides = {}) => ({
    ...baseEnv,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    EVENT_BUS: "redis",
    WORKFLOW_ENGINE: "redis",
    LOCKING: "redis",
    CACHING: "redis",
    FILE_PROVIDER: "local",
    EMAIL_PROVIDER: "local",
    ANALYTICS: "local",
    MEDUSA_WORKER_MODE: "shared",
    DISABLE_MEDUSA_ADMIN: "true",
    JWT_SECRET: "bench-jwt-secret-not-default",
    COOKIE_SECRET: "bench-cookie-secret-not-default",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "warn",
    ...overrides,
  })

  // Plain Medusa: the same providers, configured by bench/medusa/medusa-config.ts.
  const plainEnv = (overrides = {}) => ({
    ...baseEnv,
    NODE_ENV: "production",
    DATABASE_URL: plainDatabaseUrl,
    REDIS_URL: plainRedisUrl,
    CACHING: "redis",
    MEDUSA_WORKER_MODE: "shared",
    JWT_SECRET: "bench-jwt-secret-not-default",
    COOKIE_SECRET: "bench-cookie-secret-not-default",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "warn",
    ...overrides,
  })
  {
    const link = path.join(plainDir, "node_modules")
    if (!fs.existsSync(link))
      fs.symlinkSync(path.join("..", "..", "node_modules"), link)
  }

  const setup = {
    database: `${databaseLabel}/${database}`,
    plain_database: `${databaseLabel}/${plainDatabase}`,
    redis: redisUrl,
    plain_redis: plainRedisUrl,
    build: NO_BUILD ? "reused" : "built",
  }

  // --- Build (admin disabled: the bench needs no dashboard) and migrate, in parallel
  const buildStep = (async () => {
    if (NO_BUILD && fs.existsSync(path.join(serverDir, "medusa-config.js"))) {
      log("reusing .medusa/server (--no-build)")
    } else {
      const t = Date.now()
      log("building the production server (medusa build, admin disabled)")
      await run(medusaBin, ["build"], {
        env: appEnv({ NODE_ENV: "production" }),
        logFile: path.join(tmpDir, "build.log"),
      })
      setup.build_s = round((Date.now() - t) / 1000)
      log(`built in ${setup.build_s}s`)
    }
    // The built server resolves its dependencies from the repository's node_modules.
    const link = path.join(serverDir, "node_modules")
    if (!fs.existsSync(link))
      fs.symlinkSync(path.join("..", "..", "node_modules"), link)
  })()
  const databaseStep = (async () => {
    const template = `marketplace_bench_tpl_${schemaHash()}`
    await withPg(pgConnection, async (client) => {
      await client.query(
        `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`
      )
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [template]
      )
      if (rowCount) {
        await client.query(
          `CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`
        )
        setup.migrations = `cloned from template ${template}`
      }
    })
    if (setup.migrations) {
      log(setup.migrations)
      return
    }
    const t = Date.now()
    await withPg(pgConnection, (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(database)}`)
    )
    log(
      "migrating (medusa db:migrate from the repository, while the build runs)"
    )
    await run(medusaBin, ["db:migrate"], {
      env: appEnv({ NODE_ENV: "development" }),
      logFile: path.join(tmpDir, "migrate.log"),
    })
    await withPg(pgConnection, async (client) => {
      const { rows } = await client.query(
        "SELECT datname FROM pg_database WHERE datname LIKE 'marketplace_bench_tpl_%'"
      )
      for (const row of rows)
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(row.datname)}`)
      await client.query(
        `CREATE DATABASE ${quoteIdent(template)} TEMPLATE ${quoteIdent(database)}`
      )
    })
    setup.migrations = `migrated in ${round((Date.now() - t) / 1000)}s (kept as template ${template})`
    log(setup.migrations)
  })()
  // Plain Medusa's database: cloned from its own template, migrated once per schema.
  const plainDatabaseStep = (async () => {
    const template = `medusa_plain_bench_tpl_${plainSchemaHash()}`
    const cloned = await withPg(pgConnection, async (client) => {
      await client.query(
        `DROP DATABASE IF EXISTS ${quoteIdent(plainDatabase)} WITH (FORCE)`
      )
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [template]
      )
      if (rowCount)
        await client.query(
          `CREATE DATABASE ${quoteIdent(plainDatabase)} TEMPLATE ${quoteIdent(template)}`
        )
      return rowCount > 0
    })
    if (cloned) {
      setup.plain_migrations = `cloned from template ${template}`
      log(`plain Medusa: ${setup.plain_migrations}`)
      return
    }
    const t = Date.now()
    await withPg(pgConnection, (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(plainDatabase)}`)
    )
    await run(medusaBin, ["db:migrate"], {
      cwd: plainDir,
      env: plainEnv({ NODE_ENV: "development" }),
      logFile: path.join(tmpDir, "plain-migrate.log"),
    })
    await withPg(pgConnection, async (client) => {
      const { rows } = await client.query(
        "SELECT datname FROM pg_database WHERE datname LIKE 'medusa_plain_bench_tpl_%'"
      )
      for (const row of rows)
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(row.datname)}`)
      await client.query(
        `CREATE DATABASE ${quoteIdent(template)} TEMPLATE ${quoteIdent(plainDatabase)}`
      )
    })
    setup.plain_migrations = `migrated in ${round((Date.now() - t) / 1000)}s (kept as template ${template})`
    log(`plain Medusa: ${setup.plain_migrations}`)
  })()
  const stepResults = await Promise.allSettled([
    buildStep,
    databaseStep,
    plainDatabaseStep,
  ])
  for (const result of stepResults)
    if (result.status === "rejected") throw result.reason
  // Migrations and the build's type generation may have queued jobs; start clean.
  await resetRedis()

  // `medusa exec` scripts run with the server's providers but MEDUSA_WORKER_MODE=server: events
  // are queued in Redis as in production, yet no subscriber runs in that process (the
  // queue is flushed afterwards), so neither the seed nor the in-process timings pay for them.
  const execEnv = (overrides) =>
    appEnv({ MEDUSA_WORKER_MODE: "server", ...overrides })

  // --- Seed (compiled script in the built server)
  const seedFile = path.join(tmpDir, "seed.json")
  let t = Date.now()
  log(
    `seeding ${PLAN.size.sellers} sellers × ${PLAN.size.productsPerSeller} products × ${PLAN.size.variantsPerProduct} variants and the carts`
  )
  await run(medusaBin, ["exec", "./bench/seed.js"], {
    cwd: serverDir,
    env: execEnv({ BENCH_PLAN: JSON.stringify(PLAN), BENCH_OUT: seedFile }),
    logFile: path.join(tmpDir, "seed.log"),
    // ~370 carts through the store workflows: over 10 min on two busy cores.
    timeoutMs: 30 * 60 * 1000,
  })
  const seed = JSON.parse(fs.readFileSync(seedFile, "utf8"))
  setup.seed_s = round((Date.now() - t) / 1000)
  log(
    `seeded in ${setup.seed_s}s: ${JSON.stringify(seed.marketplace.counts)} (catalog ${round(seed.timings.catalog_s)}s)`
  )
  t = Date.now()
  const plainSeedFile = path.join(tmpDir, "plain-seed.json")
  await run(medusaBin, ["exec", "./seed.ts"], {
    cwd: plainDir,
    env: plainEnv({
      MEDUSA_WORKER_MODE: "server",
      BENCH_PLAN: JSON.stringify({ size: PLAN.size, vs: PLAN.vs }),
      BENCH_OUT: plainSeedFile,
    }),
    logFile: path.join(tmpDir, "plain-seed.log"),
    timeoutMs: 30 * 60 * 1000,
  })
  const plainSeed = JSON.parse(fs.readFileSync(plainSeedFile, "utf8"))
  setup.plain_seed_s = round((Date.now() - t) / 1000)
  log(`plain Medusa seeded in ${setup.plain_seed_s}s`)
  await resetRedis()
  const headers = { "x-publishable-api-key": seed.marketplace.publishableKey }

  // --- Servers
  const rss = {}
  // Each app runs as production does (docker-compose): an HTTP `server` process and a
  // `worker` process for subscribers and jobs, so the server's CPU is the request path's
  // and the worker's is the background work the requests cause.
  const spawnRole = async ({ app, caching, role }) => {
    const plain = app === "medusa"
    const port = await freePort()
    const logFile = path.join(
      tmpDir,
      `${plain ? "plain-" : ""}${role}-${caching}.log`
    )
    const out = fs.openSync(logFile, "a")
    const child = spawn(
      medusaBin,
      ["start", "--port", String(port), "--host", "127.0.0.1"],
      {
        cwd: plain ? plainDir : serverDir,
        env: (plain ? plainEnv : appEnv)({
          CACHING: caching,
          MEDUSA_WORKER_MODE: role,
          MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
        }),
        stdio: ["ignore", out, out],
        detached: true,
      }
    )
    children.add(child)
    fs.closeSync(out)
    const deadline = Date.now() + 180000
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(
          `${role} (CACHING=${caching}) exited with ${child.exitCode} (log: ${logFile})`
        )
      if (Date.now() > deadline)
        throw new Error(
          `${role} (CACHING=${caching}) not healthy after 180s (log: ${logFile})`
        )
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`)
        if (response.ok) break
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    return { child, port }
  }

  const bootServer = async (caching, app = "marketplace") => {
    const plain = app === "medusa"
    const t0 = Date.now()
    const [{ child, port }, { child: worker }] = await Promise.all([
      spawnRole({ app, caching, role: "server" }),
      spawnRole({ app, caching, role: "worker" }),
    ])
    log(
      `${app} server CACHING=${caching} ready on 127.0.0.1:${port} in ${round((Date.now() - t0) / 1000)}s (pid ${child.pid}, worker pid ${worker.pid})`
    )
    // Warm-up: route, Query and connection pools (not measured).
    const warm = plain ? plainSeed.vs.read : seed.carts.read
    const warmHeaders = plain
      ? { "x-publishable-api-key": plainSeed.marketplace.publishableKey }
      : headers
    for (const id of warm)
      await fetch(`http://127.0.0.1:${port}/store/carts/${id}`, {
        headers: warmHeaders,
      })
    return { child, worker, port, caching }
  }
  const stopServer = (server) =>
    Promise.all([stopChild(server.child), stopChild(server.worker)])
  const rssOfServer = (server) => [
    ...rssOfTree(server.child.pid),
    ...rssOfTree(server.worker.pid).map((entry) => ({
      ...entry,
      name: `${entry.name} (worker)`,
    })),
  ]

  const readScenario = (server) =>
    load({
      name: `GET /store/carts/:id CACHING=${server.caching}`,
      port: server.port,
      method: "GET",
      headers,
      nextRequest: ((next) => () => ({ path: `/store/carts/${next()}` }))(
        cycle(seed.carts.read)
      ),
      connections: PLAN.read.connections,
      seconds: PLAN.read.seconds,
    })
  const lineItemScenario = (server, carts) =>
    load({
      name: `POST /store/carts/:id/line-items CACHING=${server.caching}`,
      port: server.port,
      method: "POST",
      headers,
      nextRequest: ((next) => () => {
        const cart = next()
        return {
          path: `/store/carts/${cart.id}/line-items`,
          body: { variant_id: cart.variant_id, quantity: 1 },
        }
      })(cycle(carts)),
      connections: PLAN.lineItems.connections,
      seconds: PLAN.lineItems.seconds,
      amount: PLAN.lineItems.amount,
    })

  const results = {
    when: new Date().toISOString(),
    mode: MODE,
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0] && os.cpus()[0].model,
      node: process.version,
      memory_gb: round(os.totalmem() / 2 ** 30),
      loadavg_before: loadBefore,
    },
    data: seed.marketplace.counts,
    setup,
    plan: PLAN,
  }

  // Uncached first: the cached server then runs the checkouts, whose order.placed
  // subscribers (commission) must not run in the background of the uncached numbers.
  // Plain Medusa's servers run beside the marketplace's (idle while the marketplace's own
  // scenarios run), so that each comparison scenario alternates between the two apps.
  const vsMarketplace = {}
  const vsMedusa = {}
  let twoSellerFlow
  const vsRun = async (servers, phase) => {
    const results = await vsCompare({
      servers,
      seeds: { marketplace: seed, medusa: plainSeed },
      phase,
      plan: PLAN.vs,
      load,
      log,
    })
    vsMarketplace[phase] = results.marketplace
    vsMedusa[phase] = results.medusa
  }
  const bootBoth = async (caching) => {
    const [marketplace, medusa] = await Promise.all([
      bootServer(caching),
      bootServer(caching, "medusa"),
    ])
    return { marketplace, medusa }
  }

  let servers = await bootBoth("off")
  let server = servers.marketplace
  let uncachedRead
  let uncachedLineItems
  try {
    uncachedRead = await readScenario(server)
    uncachedLineItems = await lineItemScenario(
      server,
      seed.carts.line_items_uncached
    )
    await vsRun(servers, "uncached")
    rss.off = rssOfServer(server)
  } finally {
    await Promise.all([stopServer(server), stopServer(servers.medusa)])
  }

  await resetRedis()
  servers = await bootBoth("redis")
  server = servers.marketplace
  let cachedRead
  let cachedLineItems
  const checkoutHttp = {}
  let concurrent
  try {
    cachedRead = await readScenario(server)
    cachedLineItems = await lineItemScenario(
      server,
      seed.carts.line_items_cached
    )
    await vsRun(servers, "cached")
    twoSellerFlow = await flows(
      server,
      { headers, catalog: seed.marketplace, sellers: 2, linesPerSeller: 1 },
      {
        ...PLAN.vs.twoSellerFlow,
        log,
        name: "[marketplace] storefront checkout flow, 2 sellers × 1 line",
      }
    )
    for (const k of KS) {
      const carts = seed.carts.checkout[`k${k}`]
      const warm = carts.slice(0, PLAN.checkoutWarmup)
      for (const id of warm) {
        await fetch(
          `http://127.0.0.1:${server.port}/store/carts/${id}/complete`,
          { method: "POST", headers }
        )
      }
      const measured = carts.slice(PLAN.checkoutWarmup)
      checkoutHttp[`k${k}`] = await load({
        name: `POST /store/carts/:id/complete K=${k} (sequential)`,
        port: server.port,
        method: "POST",
        headers,
        nextRequest: ((next) => () => ({
          path: `/store/carts/${next()}/complete`,
        }))(once(measured)),
        connections: 1,
        amount: measured.length,
        verify: isOrderGroup(k),
      })
    }
    concurrent = await load({
      name: `POST /store/carts/:id/complete, ${PLAN.concurrency} concurrent, ${seed.carts.concurrent.length} carts of ${PLAN.carts.concurrentK} sellers`,
      port: server.port,
      method: "POST",
      headers,
      nextRequest: ((next) => () => ({
        path: `/store/carts/${next()}/complete`,
      }))(once(seed.carts.concurrent)),
      connections: PLAN.concurrency,
      amount: seed.carts.concurrent.length,
      verify: isOrderGroup(PLAN.carts.concurrentK),
    })
    // Let the subscribers of the placed orders finish before reading the memory.
    await new Promise((resolve) => setTimeout(resolve, SMOKE ? 1000 : 5000))
    rss.redis = rssOfServer(server)
  } finally {
    await Promise.all([stopServer(server), stopServer(servers.medusa)])
  }

  await resetRedis()

  // --- Scenario 3 in-process: Medusa's completeCartWorkflow vs the split checkout
  t = Date.now()
  const inprocessFile = path.join(tmpDir, "checkout-inprocess.json")
  log(
    `in-process checkout timing (${PLAN.inprocess.n} carts per kind after ${PLAN.inprocess.warmup} warm-up)`
  )
  await run(medusaBin, ["exec", "./bench/checkout-inprocess.js"], {
    cwd: serverDir,
    env: execEnv({
      BENCH_PLAN: JSON.stringify(PLAN.inprocess),
      BENCH_SEED: seedFile,
      BENCH_OUT: inprocessFile,
    }),
    logFile: path.join(tmpDir, "checkout-inprocess.log"),
  })
  const inprocess = JSON.parse(fs.readFileSync(inprocessFile, "utf8"))
  log(`in-process timing took ${round((Date.now() - t) / 1000)}s`)
  const inprocessS = (name) => {
    const samples = inprocess.samples[name]
    const totalMs = samples.reduce((a, b) => a + b, 0)
    const s = summarize({
      latencies: samples,
      errors: inprocess.errors[name].length,
      seconds: totalMs / 1000,
    })
    if (inprocess.errors[name].length)
      s.error_messages = inprocess.errors[name].slice(0, 5)
    return s
  }
  const checkout = { medusa_single: inprocessS("medusa_single") }
  for (const k of KS) checkout[`k${k}`] = inprocessS(`k${k}`)
  checkout.ratio_k5_vs_medusa = ratio(
    checkout.k5.p50_ms,
    checkout.medusa_single.p50_ms
  )
  checkout.growth_p50_vs_k1 = Object.fromEntries(
    KS.map((k) => [
      `k${k}`,
      ratio(checkout[`k${k}`].p50_ms, checkout.k1.p50_ms),
    ])
  )
  {
    const xs = KS
    const ys = KS.map((k) => checkout[`k${k}`].p50_ms)
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length
    const my = ys.reduce((a, b) => a + b, 0) / ys.length
    const slope =
      xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) /
      xs.reduce((a, x) => a + (x - mx) ** 2, 0)
    checkout.p50_ms_per_extra_seller = round(slope)
  }
  checkout.method =
    "in-process workflow(container).run() wall time per cart, one `medusa exec` process (server providers: Redis workflow engine, locking, event bus, caching; no subscribers), same data; kinds interleaved, order rotated each round"

  Object.assign(results, {
    cart_read: {
      cached: cachedRead,
      uncached: uncachedRead,
      ratio: ratio(cachedRead.rps, uncachedRead.rps),
    },
    add_line_item: {
      cached: cachedLineItems,
      uncached: uncachedLineItems,
      ratio: ratio(cachedLineItems.rps, uncachedLineItems.rps),
    },
    checkout,
    checkout_http: {
      ...checkoutHttp,
      ratio_k5_http_vs_medusa_inprocess: ratio(
        checkoutHttp.k5.p50_ms,
        checkout.medusa_single.p50_ms
      ),
      method:
        "POST /store/carts/:id/complete on the CACHING=redis server, one connection, each cart once",
    },
    concurrent_checkout: {
      concurrency: PLAN.concurrency,
      sellers_per_cart: PLAN.carts.concurrentK,
      carts: seed.carts.concurrent.length,
      summary: concurrent,
      errors: concurrent.errors,
    },
    vs_medusa: vsMedusaResults({
      marketplace: vsMarketplace,
      medusa: vsMedusa,
      twoSellerFlow,
      plan: PLAN.vs,
    }),
    rss_mb: rss.redis[0] ? rss.redis[0].mb : null,
    rss: {
      after_run_caching_redis: rss.redis,
      after_scenarios_caching_off: rss.off,
    },
    duration_s: round((Date.now() - started) / 1000),
  })

  const name = (SMOKE ? "smoke" : "latest") + (TAG ? `-${TAG}` : "")
  fs.writeFileSync(
    path.join(resultsDir, `${name}.json`),
    JSON.stringify(results, null, 2) + "\n"
  )
  fs.writeFileSync(path.join(resultsDir, `${name}.md`), markdown(results))
  fs.writeFileSync(path.join(resultsDir, `${name}.svg`), svg(results))
  log(`wrote bench/results/${name}.json, .md, .svg`)
  console.log("\n" + markdown(results))

  const errored = [
    ["cart_read.cached", cachedRead],
    ["cart_read.uncached", uncachedRead],
    ["add_line_item.cached", cachedLineItems],
    ["add_line_item.uncached", uncachedLineItems],
    ...KS.map((k) => [`checkout.k${k}`, checkout[`k${k}`]]),
    ["checkout.medusa_single", checkout.medusa_single],
    ...KS.map((k) => [`checkout_http.k${k}`, checkoutHttp[`k${k}`]]),
    ["concurrent_checkout", concurrent],
    ...["marketplace", "medusa"].flatMap((app) => {
      const side = app === "medusa" ? vsMedusa : vsMarketplace
      return ["uncached", "cached"].flatMap((phase) =>
        Object.entries(side[phase] || {}).map(([name, s]) => [
          `vs_medusa.${app}.${phase}.${name}`,
          s,
        ])
      )
    }),
    ["vs_medusa.marketplace.checkout_flow_two_sellers", twoSellerFlow],
  ].filter(([, s]) => s.errors > 0 || !s.requests)

  // --- Clean up (the Redis DB and the embedded PostgreSQL in cleanupChildren)
  if (!KEEP_DB) {
    await withPg(pgConnection, async (client) => {
      for (const name of [database, plainDatabase])
        await client.query(
          `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`
        )
    })
  }

  if (errored.length) {
    console.error(
      `bench: scenarios with errors: ${errored.map(([n, s]) => `${n} (${s.errors}/${s.requests})`).join(", ")}`
    )
    return 1
  }
  log(`done in ${results.duration_s}s`)
  return 0
}

async function cleanupChildren() {
  await Promise.all([...children].map((child) => stopChild(child, 5000)))
  for (const cleanup of cleanups.splice(0)) {
    await Promise.resolve()
      .then(cleanup)
      .catch(() => {})
  }
}

process.on("SIGINT", () => cleanupChildren().then(() => process.exit(130)))
process.on("SIGTERM", () => cleanupChildren().then(() => process.exit(143)))

main()
  .then(async (code) => {
    await cleanupChildren()
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(`bench failed: ${error.stack || error.message}`)
    await cleanupChildren()
    process.exit(1)
  })
