// Probes the external services some suites need. The result travels to the test
// workers through the environment (set in the jest global setup).
const net = require("node:net")

function exchange({ host, port }, payload, expected, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    let received = ""
    const done = (reason) => {
      socket.destroy()
      resolve(reason)
    }
    socket.setTimeout(timeoutMs, () =>
      done(`no answer from ${host}:${port} within ${timeoutMs} ms`)
    )
    socket.on("error", (error) =>
      done(`${host}:${port} unreachable (${error.code ?? error.message})`)
    )
    socket.on("connect", () => socket.write(payload))
    socket.on("data", (chunk) => {
      received += chunk.toString()
      if (received.includes(expected)) {
        done(null)
      }
    })
  })
}

const SERVICES = {
  redis: {
    variable: "REDIS_URL",
    probe: (value) => {
      const url = new URL(value)
      return exchange(
        { host: url.hostname, port: Number(url.port || 6379) },
        "PING\r\n",
        "+PONG"
      )
    },
  },
  memcached: {
    variable: "MEMCACHED_SERVERS",
    probe: (value) => {
      const [host, port] = value.split(",")[0].trim().split(":")
      return exchange(
        { host, port: Number(port || 11211) },
        "version\r\n",
        "VERSION"
      )
    },
  },
}

/** `{ redis: null | "reason", ... }` — null means reachable. */
async function probeServices(env = process.env) {
  const results = {}
  for (const [name, { variable, probe }] of Object.entries(SERVICES)) {
    const value = env[variable]
    results[name] = value ? await probe(value) : `${variable} is not set`
  }
  return results
}

module.exports = { probeServices, SERVICES }
