// The marketplace / plain Medusa comparison (bench/README.md, "Plain Medusa"): the same
// scenarios on both apps, on carts of one seller with three lines, with the CPU time per
// request of each app's server and worker processes read from /proc.
const fs = require("node:fs")
const { performance } = require("node:perf_hooks")
const { summarize, ratio, round } = require("./report")

const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

/** User + system CPU time (ms) of every process in the tree of `pid`, from /proc. */
function cpuMsOfTree(pid) {
  const stats = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // fields[1] = ppid, fields[11] = utime, fields[12] = stime (clock ticks, 100/s)
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {}
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i++)
    for (const [child, { ppid }] of stats)
      if (ppid === tree[i]) tree.push(child)
  return tree.reduce((sum, p) => sum + (stats.get(p)?.ticks ?? 0), 0) * 10
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the worker is idle — the subscribers and workflows that earlier requests
 * queued have run — so that no scenario is measured beside another one's background work:
 * at most 20 ms of CPU in each of two consecutive half-seconds, for at most `maxMs`.
 */
async function settle(server, maxMs = 60000) {
  const deadline = performance.now() + maxMs
  let last = cpuMsOfTree(server.worker.pid)
  let idle = 0
  while (idle < 2 && performance.now() < deadline) {
    await sleep(500)
    const now = cpuMsOfTree(server.worker.pid)
    idle = now - last <= 20 ? idle + 1 : 0
    last = now
  }
}

/** CPU ms of the app's server (request path) and worker (background) processes. */
function cpuOfApp(server) {
  return {
    server: cpuMsOfTree(server.child.pid),
    worker: cpuMsOfTree(server.worker.pid),
  }
}

/**
 * Runs `measure` on an idle app and returns its result with the CPU ms both processes
 * spent, the worker's counted until the background work the requests queued is done.
 */
async function measureCpu(server, measure) {
  await settle(server)
  const before = cpuOfApp(server)
  const result = await measure()
  const requestPath = cpuMsOfTree(server.child.pid) - before.server
  await settle(server)
  return {
    result,
    server_ms: requestPath,
    worker_ms: cpuMsOfTree(server.worker.pid) - before.worker,
  }
}

/**
 * One scenario's turns on one app, pooled: latencies of every turn, CPU ms per successful
 * request of the server (the request path, `cpu_ms_per_request`) and of the worker
 * (`background_cpu_ms_per_request`).
 */
function pooled(turns) {
  const sum = (pick) => turns.reduce((total, turn) => total + pick(turn), 0)
  const summary = summarize({
    latencies: turns.flatMap((turn) => turn.result.latencies),
    seconds: sum((turn) => turn.result.duration_s),
  })
  summary.requests = sum((turn) => turn.result.requests)
  summary.errors = sum((turn) => turn.result.errors)
  const ok = summary.requests - summary.errors
  summary.cpu_ms_per_request =
    ok > 0 ? round(sum((turn) => turn.server_ms) / ok, 2) : null
  summary.background_cpu_ms_per_request =
    ok > 0 ? round(sum((turn) => turn.worker_ms) / ok, 2) : null
  summary.turns = turns.length
  const samples = turns.flatMap((turn) => turn.result.error_samples || [])
  if (samples.length) summary.error_samples = samples.slice(0, 5)
  return summary
}

const APPS = ["marketplace", "medusa"]

/** `{ marketplace: make("marketplace"), medusa: make("medusa") }`. */
function perApp(make) {
  return Object.fromEntries(APPS.map((app) => [app, make(app)]))
}

async function repeat(times, action) {
  for (let i = 0; i < times; i++) await action()
}

/**
 * Runs one scenario on both apps in `rounds` alternating turns (the marketplace first in
 * even rounds, Medusa first in odd ones), each turn on an idle app, so that a change in the
 * machine's load during the run reaches both sides alike. Returns each app's turns.
 */
async function alternate(servers, rounds, turn) {
  const turns = perApp(() => [])
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...APPS].reverse() : APPS
    for (const app of order)
      turns[app].push(await measureCpu(servers[app], () => turn(app, round)))
  }
  return turns
}

/**
 * `alternate`, pooled per app, after `warm(app)` ran unmeasured on both apps (the first
 * requests of a route after boot are slower, and would count against whichever app goes
 * first).
 */
async function compare(servers, rounds, turn, warm) {
  if (warm) for (const app of APPS) await warm(app)
  const turns = await alternate(servers, rounds, turn)
  return perApp((app) => pooled(turns[app]))
}

/** Round `round` of `rounds` of a list: consecutive slices of (nearly) equal size. */
function slice(items, round, rounds) {
  const size = Math.ceil(items.length / rounds)
  return items.slice(round * size, (round + 1) * size)
}

/**
 * One storefront checkout over HTTP, timed as a whole: create cart → add items → address →
 * shipping options → one shipping method per seller → payment collection → session →
 * complete. `before_complete_ms` is everything but the completion.
 */
async function checkoutFlow({
  port,
  headers,
  catalog,
  sellers,
  linesPerSeller,
  index,
}) {
  const base = `http://127.0.0.1:${port}`
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { ...headers, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    if (!response.ok)
      throw new Error(
        `${method} ${path}: ${response.status} ${text.slice(0, 300)}`
      )
    return JSON.parse(text)
  }
  const chosen = Array.from(
    { length: sellers },
    (_, s) => catalog.sellers[(index * sellers + s) % catalog.sellers.length]
  )
  const started = performance.now()
  const { cart } = await call("POST", "/store/carts", {
    region_id: catalog.regionId,
    email: `flow-${index}-${Date.now()}@bench.test`,
  })
  for (const seller of chosen)
    for (let line = 0; line < linesPerSeller; line++)
      await call("POST", `/store/carts/${cart.id}/line-items`, {
        variant_id:
          seller.variantIds[
            (index * linesPerSeller + line) % seller.variantIds.length
          ],
        quantity: 1,
      })
  await call("POST", `/store/carts/${cart.id}`, {
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
  })
  await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  for (const seller of chosen)
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: seller.shippingOptionId,
    })
  const { payment_collection } = await call(
    "POST",
    "/store/payment-collections",
    {
      cart_id: cart.id,
    }
  )
  await call(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    {
      provider_id: "pp_system_default",
    }
  )
  const beforeComplete = performance.now() - started
  const done = await call("POST", `/store/carts/${cart.id}/complete`)
  if (done.type !== "order" && done.type !== "order_group")
    throw new Error(`complete answered ${JSON.stringify(done).slice(0, 300)}`)
  return {
    total_ms: performance.now() - started,
    before_complete_ms: beforeComplete,
  }
}

/** `n` flows one after the other, from `first` on; failures are kept as messages. */
async function runFlows(server, options, { n, first }) {
  const totals = []
  const before = []
  const errors = []
  for (let i = 0; i < n; i++) {
    try {
      const r = await checkoutFlow({
        ...options,
        port: server.port,
        index: first + i,
      })
      totals.push(r.total_ms)
      before.push(r.before_complete_ms)
    } catch (error) {
      errors.push(String(error.message || error).slice(0, 300))
    }
  }
  return { totals, before, errors }
}

/** Flows' turns of one app, pooled: latencies per flow and CPU ms per flow. */
function pooledFlows(turns, { name, log }) {
  const all = (pick) => turns.flatMap((turn) => pick(turn.result))
  const totals = all((r) => r.totals)
  const errors = all((r) => r.errors)
  const sum = (pick) => turns.reduce((total, turn) => total + pick(turn), 0)
  const summary = summarize({
    latencies: totals,
    errors: errors.length,
    seconds: sum((turn) => turn.result.seconds),
  })
  summary.before_complete = summarize({
    latencies: all((r) => r.before),
    seconds: sum((turn) => turn.result.seconds),
  })
  summary.cpu_ms_per_flow = totals.length
    ? round(sum((turn) => turn.server_ms) / totals.length, 1)
    : null
  summary.background_cpu_ms_per_flow = totals.length
    ? round(sum((turn) => turn.worker_ms) / totals.length, 1)
    : null
  summary.turns = turns.length
  if (errors.length) summary.error_samples = errors.slice(0, 5)
  log(
    `${name}: p50 ${summary.p50_ms} ms (before complete ${summary.before_complete.p50_ms} ms), p95 ${summary.p95_ms} ms, ${summary.requests} flows, ${summary.errors} errors, ${summary.cpu_ms_per_flow} server + ${summary.background_cpu_ms_per_flow} worker CPU ms per flow`
  )
  for (const sample of summary.error_samples || []) log(`  error: ${sample}`)
  return summary
}

/** Times a flow turn's wall clock as well as its CPU. */
async function timedFlows(server, options, range) {
  const t = performance.now()
  const result = await runFlows(server, options, range)
  return { ...result, seconds: (performance.now() - t) / 1000 }
}

/** `n` flows on one app, one after the other (after `warmup` unmeasured ones). */
async function flows(server, options, { n, warmup, log, name }) {
  await runFlows(server, options, { n: warmup, first: 1000 })
  const turn = await measureCpu(server, () =>
    timedFlows(server, options, { n, first: 0 })
  )
  return pooledFlows([turn], { name, log })
}

/** A completed one-seller checkout, as either app answers it. */
function isCompletedOrder(body) {
  try {
    const parsed = JSON.parse(body)
    return (
      (parsed.type === "order" && parsed.order && parsed.order.id) ||
      (parsed.type === "order_group" && parsed.order_group.orders.length === 1)
    )
  } catch {
    return false
  }
}

function cycle(items) {
  let index = 0
  return () => items[index++ % items.length]
}

function once(items) {
  let index = 0
  return () => items[index++] ?? "cart_exhausted"
}

/**
 * The comparison's scenarios on both apps, each scenario in `plan.rounds` alternating turns
 * (`alternate`). `phase` "uncached" runs only the uncached cart read (on the CACHING=off
 * servers); "cached" runs the rest on the CACHING=redis servers. Returns each app's results.
 */
async function vsCompare({ servers, seeds, phase, plan, load, log }) {
  const rounds = plan.rounds
  const headers = (app) => ({
    "x-publishable-api-key": seeds[app].marketplace.publishableKey,
  })
  const carts = (app) => seeds[app].vs
  const common = (app) => ({ port: servers[app].port, headers: headers(app) })
  /** An unmeasured request (warm-ups), its body read. */
  const call = (app, path, method = "GET") =>
    fetch(`http://127.0.0.1:${servers[app].port}${path}`, {
      method,
      headers: headers(app),
    }).then((response) => response.text())
  /** Completes each cart once, `connections` at a time. */
  const completeEach = (app, ids, { name, connections }) =>
    load({
      ...common(app),
      name: `[${app}] POST /store/carts/:id/complete, ${name}`,
      method: "POST",
      nextRequest: ((next) => () => ({
        path: `/store/carts/${next()}/complete`,
      }))(once(ids)),
      connections,
      amount: ids.length,
      verify: isCompletedOrder,
    })
  const results = perApp(() => ({}))
  const keep = (name, pair) => {
    for (const app of APPS) results[app][name] = pair[app]
  }

  for (const app of APPS)
    for (const id of carts(app).read) await call(app, `/store/carts/${id}`)
  const readCarts = perApp((app) => cycle(carts(app).read))
  keep(
    "cart_read",
    await compare(servers, rounds, (app) =>
      load({
        ...common(app),
        name: `[${app}] GET /store/carts/:id CACHING=${servers[app].caching}`,
        method: "GET",
        nextRequest: () => ({ path: `/store/carts/${readCarts[app]()}` }),
        connections: plan.read.connections,
        seconds: plan.read.seconds,
        amount: plan.read.amount,
      })
    )
  )
  if (phase === "uncached") return results

  const lineCarts = perApp((app) => cycle(carts(app).line_items))
  keep(
    "add_line_item",
    await compare(servers, rounds, (app) =>
      load({
        ...common(app),
        name: `[${app}] POST /store/carts/:id/line-items`,
        method: "POST",
        nextRequest: () => {
          const cart = lineCarts[app]()
          return {
            path: `/store/carts/${cart.id}/line-items`,
            body: { variant_id: cart.variant_id, quantity: 1 },
          }
        },
        connections: plan.lineItems.connections,
        seconds: plan.lineItems.seconds,
        amount: plan.lineItems.amount,
      })
    )
  )
  const productsPath = (app) =>
    `/store/products?limit=${plan.products.limit}&region_id=${seeds[app].marketplace.regionId}`
  keep(
    "product_list",
    await compare(
      servers,
      rounds,
      (app) =>
        load({
          ...common(app),
          name: `[${app}] GET /store/products?limit=${plan.products.limit}`,
          method: "GET",
          nextRequest: () => ({ path: productsPath(app) }),
          connections: plan.products.connections,
          seconds: plan.products.seconds,
          amount: plan.products.amount,
          verify: (body) => {
            try {
              return JSON.parse(body).products.length === plan.products.limit
            } catch {
              return false
            }
          },
        }),
      (app) => repeat(3, () => call(app, productsPath(app)))
    )
  )
  const optionCarts = perApp((app) => cycle(carts(app).read))
  keep(
    "shipping_options",
    await compare(
      servers,
      rounds,
      (app) =>
        load({
          ...common(app),
          name: `[${app}] GET /store/shipping-options?cart_id=`,
          method: "GET",
          nextRequest: () => ({
            path: `/store/shipping-options?cart_id=${optionCarts[app]()}`,
          }),
          connections: plan.shipping.connections,
          seconds: plan.shipping.seconds,
          amount: plan.shipping.amount,
        }),
      async (app) => {
        for (const id of carts(app).read)
          await call(app, `/store/shipping-options?cart_id=${id}`)
      }
    )
  )
  for (const app of APPS)
    for (const id of carts(app).checkout.slice(0, plan.checkoutWarmup))
      await call(app, `/store/carts/${id}/complete`, "POST")
  keep(
    "checkout_http",
    await compare(servers, rounds, (app, round) =>
      completeEach(
        app,
        slice(carts(app).checkout.slice(plan.checkoutWarmup), round, rounds),
        { name: "1 seller (sequential)", connections: 1 }
      )
    )
  )
  keep(
    "concurrent_checkout",
    await compare(servers, 1, (app) =>
      completeEach(app, carts(app).concurrent, {
        name: `${carts(app).concurrent.length} concurrent, 1 seller`,
        connections: carts(app).concurrent.length,
      })
    )
  )
  const flowOptions = (app) => ({
    headers: headers(app),
    catalog: seeds[app].marketplace,
    sellers: 1,
    linesPerSeller: 3,
  })
  for (const app of APPS)
    await runFlows(servers[app], flowOptions(app), {
      n: plan.flow.warmup,
      first: 1000,
    })
  const flowIndexes = Array.from({ length: plan.flow.n }, (_, i) => i)
  const flowTurns = await alternate(servers, rounds, (app, round) => {
    const indexes = slice(flowIndexes, round, rounds)
    return timedFlows(servers[app], flowOptions(app), {
      n: indexes.length,
      first: indexes[0] ?? 0,
    })
  })
  for (const app of APPS)
    results[app].checkout_flow = pooledFlows(flowTurns[app], {
      log,
      name: `[${app}] storefront checkout flow, 1 seller × 3 lines`,
    })
  return results
}

/** The `vs_medusa` section: both sides, ratios marketplace / plain Medusa. */
function vsMedusaResults({ marketplace, medusa, twoSellerFlow, plan }) {
  const pair = (m, p, extra = {}) => ({
    marketplace: m,
    medusa: p,
    rps_ratio: ratio(m.rps, p.rps),
    p50_ratio: ratio(m.p50_ms, p.p50_ms),
    cpu_ratio: ratio(m.cpu_ms_per_request, p.cpu_ms_per_request),
    ...extra,
  })
  return {
    method:
      "same catalogue and carts (1 seller × 3 lines) on the marketplace and on plain Medusa 2.21.2 (bench/medusa), same providers (Redis event bus, workflow engine, locking, Cache Module); uncached = CACHING=off servers, the rest on the CACHING=redis servers; each app runs as a server and a worker process (MEDUSA_WORKER_MODE), both apps at the same time; each scenario alternates between the apps in plan.rounds turns per app (marketplace first in even rounds), each turn starting with the app's worker idle, and each side pools its turns; cpu_ms_per_request = user+system time of the server's process tree per successful request (the request path, which cpu_ratio compares), background_cpu_ms_per_request = the worker's, counted until it is idle again",
    plan,
    cart_read_uncached: pair(
      marketplace.uncached.cart_read,
      medusa.uncached.cart_read
    ),
    cart_read_cached: pair(
      marketplace.cached.cart_read,
      medusa.cached.cart_read,
      {
        note: "marketplace: cart response cache; Medusa: its Caching Module on; target rps_ratio ≥ 3",
      }
    ),
    add_line_item: pair(
      marketplace.cached.add_line_item,
      medusa.cached.add_line_item
    ),
    product_list: pair(
      marketplace.cached.product_list,
      medusa.cached.product_list
    ),
    shipping_options: pair(
      marketplace.cached.shipping_options,
      medusa.cached.shipping_options
    ),
    checkout_http: pair(
      marketplace.cached.checkout_http,
      medusa.cached.checkout_http
    ),
    concurrent_checkout: pair(
      marketplace.cached.concurrent_checkout,
      medusa.cached.concurrent_checkout
    ),
    checkout_flow: {
      ...pair(marketplace.cached.checkout_flow, medusa.cached.checkout_flow),
      cpu_ratio: ratio(
        marketplace.cached.checkout_flow.cpu_ms_per_flow,
        medusa.cached.checkout_flow.cpu_ms_per_flow
      ),
      note: "p50_ratio target ≤ 0.8",
    },
    checkout_flow_two_sellers: {
      marketplace: twoSellerFlow,
      note: "marketplace only: 1 line from each of 2 sellers; before_complete = the nine calls before complete (Mercur 2.1.5 took 1.1–1.3 s on the reference machine)",
    },
  }
}

module.exports = { vsCompare, vsMedusaResults, flows }
