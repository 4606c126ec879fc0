// Summaries, the results JSON shape of issue 7, the markdown table and the SVG chart.

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted, p) {
  if (!sorted.length) {
    return null
  }
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

const round = (value, digits = 1) =>
  value == null ? null : Number(value.toFixed(digits))

/** S = { rps, p50_ms, p95_ms, p99_ms, requests, errors } from per-request latencies. */
function summarize({ latencies, errors = 0, seconds }) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const requests = latencies.length + errors
  return {
    rps: seconds > 0 ? round(latencies.length / seconds, 2) : null,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    requests,
    errors,
  }
}

function ratio(a, b, digits = 2) {
  return a != null && b ? round(a / b, digits) : null
}

const fmt = (value) => (value == null ? "–" : String(value))

function markdownTable(results) {
  const rows = []
  const row = (scenario, s, ratioText = "") =>
    rows.push(
      `| ${scenario} | ${fmt(s && s.rps)} | ${fmt(s && s.p50_ms)} | ${fmt(s && s.p95_ms)} | ${fmt(s && s.p99_ms)} | ${fmt(s && s.requests)} | ${fmt(s && s.errors)} | ${ratioText} |`
    )
  row(
    "1. GET /store/carts/:id — CACHING=redis",
    results.cart_read.cached,
    `**${fmt(results.cart_read.ratio)}×** rps (target ≥ 3×)`
  )
  row("1. GET /store/carts/:id — CACHING=off", results.cart_read.uncached)
  row(
    "2. POST /store/carts/:id/line-items — CACHING=redis",
    results.add_line_item.cached,
    `${fmt(results.add_line_item.ratio)}× rps`
  )
  row(
    "2. POST /store/carts/:id/line-items — CACHING=off",
    results.add_line_item.uncached
  )
  const c = results.checkout
  row(
    "3. Medusa `completeCartWorkflow`, 1 seller (in-process)",
    c.medusa_single,
    "1.00× (baseline p50)"
  )
  for (const k of [1, 2, 5, 10]) {
    const s = c[`k${k}`]
    const r =
      s && c.medusa_single ? ratio(s.p50_ms, c.medusa_single.p50_ms) : null
    row(
      `3. split checkout, K=${k} (in-process)`,
      s,
      k === 5
        ? `**${fmt(c.ratio_k5_vs_medusa)}×** medusa p50 (target ≤ 1.5×)`
        : `${fmt(r)}× medusa p50`
    )
  }
  for (const k of [1, 2, 5, 10]) {
    const s = results.checkout_http[`k${k}`]
    row(
      `3. POST /store/carts/:id/complete, K=${k} (HTTP, sequential)`,
      s,
      `${fmt(ratio(s && s.p50_ms, c.medusa_single && c.medusa_single.p50_ms))}× medusa in-process p50`
    )
  }
  const cc = results.concurrent_checkout
  row(
    `4. ${cc.concurrency} concurrent checkouts, distinct ${cc.sellers_per_cart}-seller carts (HTTP)`,
    cc.summary,
    `errors ${fmt(cc.errors)} (target 0)`
  )
  rows.push(
    `| 5. server RSS after the run (CACHING=redis server) | | | | | | | **${fmt(results.rss_mb)} MB** |`
  )
  return [
    "| scenario | req/s | p50 ms | p95 ms | p99 ms | requests | errors | ratio |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows,
  ].join("\n")
}

/** Marketplace / plain Medusa, one row per scenario (`vs_medusa`). */
function vsMedusaTable(vs) {
  if (!vs) return ""
  const cell = (s) =>
    s
      ? `${fmt(s.rps)} / ${fmt(s.p50_ms)} / ${fmt(s.p95_ms)} / ${fmt(s.cpu_ms_per_request ?? s.cpu_ms_per_flow)} + ${fmt(s.background_cpu_ms_per_request ?? s.background_cpu_ms_per_flow)}`
      : "–"
  const rows = [
    [
      "GET /store/carts/:id, uncached (both CACHING=off)",
      vs.cart_read_uncached,
      "CPU ≤ 1.1×",
    ],
    [
      "GET /store/carts/:id, cart cache vs Medusa's Caching Module",
      vs.cart_read_cached,
      "rps ≥ 3×",
    ],
    ["POST /store/carts/:id/line-items", vs.add_line_item, "CPU ≤ 1.1×"],
    [
      "GET /store/products (same count returned)",
      vs.product_list,
      "CPU ≤ 1.1×",
    ],
    ["GET /store/shipping-options?cart_id=", vs.shipping_options, ""],
    [
      "POST /store/carts/:id/complete, 1 seller, sequential",
      vs.checkout_http,
      "CPU ≤ 1.1×",
    ],
    ["20 concurrent one-seller checkouts", vs.concurrent_checkout, "0 errors"],
    [
      "whole storefront checkout flow (10 calls), per flow",
      vs.checkout_flow,
      "p50 ≤ 0.8×",
    ],
  ].map(
    ([name, pair, target]) =>
      `| ${name} | ${cell(pair && pair.marketplace)} | ${cell(pair && pair.medusa)} | ${fmt(pair && pair.rps_ratio)}× | **${fmt(pair && pair.p50_ratio)}×** | ${fmt(pair && pair.cpu_ratio)}× | ${target} |`
  )
  const two =
    vs.checkout_flow_two_sellers && vs.checkout_flow_two_sellers.marketplace
  return [
    "## Marketplace vs plain Medusa 2.21.2 (`vs_medusa`)",
    "",
    "Same catalogue, carts of one seller with three lines, same providers. Each app runs as an HTTP server process and a worker process (subscribers, jobs), both apps run at the same time, and each scenario alternates between them (`plan.rounds` turns per app, each turn starting with that app's worker idle; each side pools its turns). Cells: req/s / p50 ms / p95 ms / CPU ms per request (per flow for the flow) of the server + of the worker, the worker's counted until the background work the requests queued is done. The CPU ratio is the server's: the request path.",
    "",
    "| scenario | marketplace | plain Medusa | rps ratio | p50 ratio | CPU ratio | target |",
    "|---|---|---|---:|---:|---:|---|",
    ...rows,
    "",
    two
      ? `Two-seller flow on the marketplace (1 line per seller): the nine calls before \`complete\` p50 ${fmt(two.before_complete && two.before_complete.p50_ms)} ms (p95 ${fmt(two.before_complete && two.before_complete.p95_ms)} ms), whole flow p50 ${fmt(two.p50_ms)} ms, ${fmt(two.requests)} flows, ${fmt(two.errors)} errors.`
      : "",
    "",
  ].join("\n")
}

function markdown(results) {
  const m = results.machine
  const growth = results.checkout.growth_p50_vs_k1
  return `# Bench results (${results.mode})

${results.when} — ${m.cpus} CPUs (${m.cpu_model}), Node ${m.node}, load average before the run ${m.loadavg_before.join(" / ")}.
Catalog: ${results.data.sellers} sellers, ${results.data.products} products, ${results.data.variants} variants
(PostgreSQL: ${results.setup.database}; Redis: ${results.setup.redis}). Server: \`medusa start\` of the production build
(\`.medusa/server\`), one process, load generator autocannon in the driver process. All figures from this one run.

${markdownTable(results)}

Split-checkout growth in K (in-process p50 relative to K=1): ${Object.entries(
    growth
  )
    .map(([k, v]) => `${k} ${fmt(v)}×`)
    .join(
      ", "
    )}. Per extra seller: ${fmt(results.checkout.p50_ms_per_extra_seller)} ms (least squares over K).

${vsMedusaTable(results.vs_medusa)}
See bench/README.md for what each scenario measures and the caveats.
`
}

/** A small hand-written SVG: three panels of horizontal bars. */
function svg(results) {
  const panels = [
    {
      title: `GET /store/carts/:id — requests per second (${fmt(results.cart_read.ratio)}×)`,
      unit: "req/s",
      bars: [
        [
          "CACHING=redis",
          results.cart_read.cached && results.cart_read.cached.rps,
          "#2b8a3e",
        ],
        [
          "CACHING=off",
          results.cart_read.uncached && results.cart_read.uncached.rps,
          "#868e96",
        ],
      ],
    },
    {
      title: `POST /store/carts/:id/line-items — requests per second (${fmt(results.add_line_item.ratio)}×)`,
      unit: "req/s",
      bars: [
        [
          "CACHING=redis",
          results.add_line_item.cached && results.add_line_item.cached.rps,
          "#2b8a3e",
        ],
        [
          "CACHING=off",
          results.add_line_item.uncached && results.add_line_item.uncached.rps,
          "#868e96",
        ],
      ],
    },
    {
      title: `Checkout p50, in-process (ms) — K=5 is ${fmt(results.checkout.ratio_k5_vs_medusa)}× Medusa`,
      unit: "ms",
      bars: [
        [
          "Medusa completeCart, 1 seller",
          results.checkout.medusa_single &&
            results.checkout.medusa_single.p50_ms,
          "#868e96",
        ],
        ...[1, 2, 5, 10].map((k) => [
          `split checkout K=${k}`,
          results.checkout[`k${k}`] && results.checkout[`k${k}`].p50_ms,
          "#1971c2",
        ]),
      ],
    },
    {
      title: "Checkout over HTTP (ms): p50 sequential, p95 at 20 concurrent",
      unit: "ms",
      bars: [
        ...[1, 2, 5, 10].map((k) => [
          `POST complete K=${k}, p50`,
          results.checkout_http[`k${k}`] &&
            results.checkout_http[`k${k}`].p50_ms,
          "#1971c2",
        ]),
        [
          "20 concurrent, p95",
          results.concurrent_checkout.summary &&
            results.concurrent_checkout.summary.p95_ms,
          "#e8590c",
        ],
      ],
    },
  ]
  const vs = results.vs_medusa
  if (vs) {
    const pairBars = (label, pair, key) => [
      [
        `${label} — marketplace`,
        pair && pair.marketplace && pair.marketplace[key],
        "#1971c2",
      ],
      [
        `${label} — plain Medusa`,
        pair && pair.medusa && pair.medusa[key],
        "#868e96",
      ],
    ]
    panels.push(
      {
        title: `vs plain Medusa: requests per second (cached cart read ${fmt(vs.cart_read_cached && vs.cart_read_cached.rps_ratio)}×)`,
        unit: "req/s",
        bars: [
          ...pairBars("cart read, uncached", vs.cart_read_uncached, "rps"),
          ...pairBars("cart read, cached", vs.cart_read_cached, "rps"),
          ...pairBars("product list", vs.product_list, "rps"),
          ...pairBars("shipping options", vs.shipping_options, "rps"),
        ],
      },
      {
        title: `vs plain Medusa: p50 ms (checkout flow ${fmt(vs.checkout_flow && vs.checkout_flow.p50_ratio)}×)`,
        unit: "ms",
        bars: [
          ...pairBars("add line item", vs.add_line_item, "p50_ms"),
          ...pairBars("complete, 1 seller", vs.checkout_http, "p50_ms"),
          ...pairBars("whole checkout flow", vs.checkout_flow, "p50_ms"),
        ],
      }
    )
  }
  const width = 760
  const labelWidth = 250
  const barArea = width - labelWidth - 90
  const barHeight = 18
  const gap = 6
  let y = 40
  const parts = [
    `<text x="10" y="22" font-size="15" font-weight="bold">Marketplace bench (${results.mode}) — ${results.when.slice(0, 19)}Z, ${results.machine.cpus} CPUs; RSS ${fmt(results.rss_mb)} MB</text>`,
  ]
  for (const panel of panels) {
    parts.push(
      `<text x="10" y="${y + 14}" font-size="13" font-weight="bold">${escape(panel.title)}</text>`
    )
    y += 24
    const max = Math.max(1, ...panel.bars.map(([, v]) => v || 0))
    for (const [label, value, color] of panel.bars) {
      const w = value ? Math.max(1, (value / max) * barArea) : 0
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 13}" font-size="12" text-anchor="end">${escape(label)}</text>`
      )
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${color}"/>`
      )
      parts.push(
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 13}" font-size="12">${fmt(value)} ${panel.unit}</text>`
      )
      y += barHeight + gap
    }
    y += 14
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
${parts.join("\n")}
</svg>
`
}

function escape(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
}

module.exports = {
  summarize,
  percentile,
  ratio,
  round,
  markdown,
  markdownTable,
  vsMedusaTable,
  svg,
}

// `node bench/lib/report.js bench/results/latest.json` re-renders the .md and .svg next to a results file.
if (require.main === module) {
  const fs = require("node:fs")
  const file = process.argv[2]
  const results = JSON.parse(fs.readFileSync(file, "utf8"))
  fs.writeFileSync(file.replace(/\.json$/, ".md"), markdown(results))
  fs.writeFileSync(file.replace(/\.json$/, ".svg"), svg(results))
}
