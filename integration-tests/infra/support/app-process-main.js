// A Medusa app process for the multi-process suites: boots the fixture project (argv[2])
// with the environment it was given, reports { type: "ready", port } over IPC and then
// answers a few commands (locking) from the test. Stops on SIGTERM; tests SIGKILL it to
// simulate a crash.
const path = require("node:path")

const root = path.resolve(__dirname, "../../..")
require("ts-node").register({
  transpileOnly: true,
  swc: true,
  project: path.join(root, "tsconfig.json"),
})

const express = require("express")
const { Modules } = require("@medusajs/framework/utils")

const directory = path.resolve(process.argv[2])

async function main() {
  const app = express()
  app.get("/health", (_req, res) => res.status(200).send("OK"))
  const loaders = require("@medusajs/medusa/loaders/index").default
  const { container, shutdown } = await loaders({ directory, expressApp: app })
  const server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening))
  })

  const commands = {
    /** Runs `count` executes one after the other; returns when each held the lock. */
    async "lock-execute"({ key, count, holdMs, timeout, provider }) {
      const locking = container.resolve(Modules.LOCKING)
      const intervals = []
      for (let i = 0; i < count; i++) {
        await locking.execute(
          key,
          async () => {
            const start = Date.now()
            await new Promise((resolve) => setTimeout(resolve, holdMs))
            intervals.push({ pid: process.pid, start, end: Date.now() })
          },
          { timeout, provider }
        )
      }
      return intervals
    },
    /** One execute against a held key: how long until it gave up, and with what. */
    async "lock-execute-timeout"({ key, timeout, provider }) {
      const locking = container.resolve(Modules.LOCKING)
      const start = Date.now()
      try {
        await locking.execute(key, async () => undefined, { timeout, provider })
        return { acquired: true, elapsedMs: Date.now() - start }
      } catch (error) {
        return {
          acquired: false,
          elapsedMs: Date.now() - start,
          message: String(error.message ?? error),
        }
      }
    },
    async "lock-acquire"({ key, ownerId, expire, provider }) {
      await container
        .resolve(Modules.LOCKING)
        .acquire(key, { ownerId, expire, provider })
      return { acquiredAt: Date.now() }
    },
    /** Answers as soon as `execute` holds the lock, then keeps holding it for `holdMs`. */
    "lock-hold"({ key, holdMs, timeout, expire, provider }) {
      const locking = container.resolve(Modules.LOCKING)
      return new Promise((resolve, reject) => {
        locking
          .execute(
            key,
            async () => {
              resolve({ acquiredAt: Date.now() })
              await new Promise((done) => setTimeout(done, holdMs))
            },
            { timeout, expire, provider }
          )
          .catch(reject)
      })
    },
    /** Tries to acquire every 100 ms until it works or `maxMs` passed. */
    async "lock-poll"({ key, ownerId, expire, maxMs }) {
      const locking = container.resolve(Modules.LOCKING)
      const start = Date.now()
      let attempts = 0
      while (Date.now() - start < maxMs) {
        attempts++
        try {
          await locking.acquire(key, { ownerId, expire })
          return { acquired: true, attempts, elapsedMs: Date.now() - start }
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      return { acquired: false, attempts, elapsedMs: Date.now() - start }
    },
  }

  process.on("message", async ({ id, command, args }) => {
    try {
      const result = await commands[command](args ?? {})
      process.send({ id, result })
    } catch (error) {
      process.send({ id, error: String(error?.stack ?? error) })
    }
  })

  let stopping = false
  process.on("SIGTERM", async () => {
    if (stopping) return
    stopping = true
    server.close()
    await shutdown().catch(() => undefined)
    process.exit(0)
  })
  process.send({ type: "ready", port: server.address().port })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
