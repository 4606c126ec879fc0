import { ChildProcess, spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { answersCommand, freePort } from "../../utils/loopback-port"

export const REDIS_SERVER_BINARY = "/usr/bin/redis-server"

export type RedisTestServer = {
  port: number
  url: string
  /** The data directory (`--dir`), kept across restarts. */
  dir: string
  /**
   * Stops the server. `SIGTERM` is a clean shutdown (Redis flushes and fsyncs the AOF);
   * `SIGKILL` is a crash (only what `appendfsync always` already synced survives).
   */
  stop(signal: "SIGTERM" | "SIGKILL"): Promise<void>
  /** Starts it again on the same port and data directory (it reloads the AOF). */
  start(): Promise<void>
  /** Stops the server for good and deletes its data directory. */
  destroy(): Promise<void>
}

/**
 * A private `redis-server` on a free loopback port with durable persistence: every write
 * is appended to the AOF and fsynced before Redis answers (`--appendfsync always`), no RDB
 * snapshots. Tests stop and restart it without touching the shared Redis.
 */
export async function startRedisServer(): Promise<RedisTestServer> {
  const port = await freePort()
  const dir = await mkdtemp(path.join(tmpdir(), "redis-outage-"))
  let child: ChildProcess | undefined

  const start = async () => {
    const args = [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--appendonly",
      "yes",
      "--appendfsync",
      "always",
      "--save",
      "",
      "--daemonize",
      "no",
    ]
    child = spawn(REDIS_SERVER_BINARY, args, { stdio: "ignore" })
    const failed = new Promise<never>((_, reject) => {
      child!.once("error", (error) =>
        reject(
          new Error(`cannot start ${REDIS_SERVER_BINARY}: ${error.message}`)
        )
      )
      child!.once("exit", (code, signal) =>
        reject(
          new Error(
            `redis-server exited at start (code ${code}, signal ${signal})`
          )
        )
      )
    })
    failed.catch(() => undefined)
    const deadline = Date.now() + 10_000
    const up = (async () => {
      while (!(await answersCommand(port, "PING", "+PONG"))) {
        if (Date.now() > deadline) {
          throw new Error(
            `redis-server did not answer on port ${port} within 10 s`
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    })()
    await Promise.race([up, failed])
  }

  const stop = async (signal: "SIGTERM" | "SIGKILL") => {
    const running = child
    if (!running || running.exitCode !== null || running.signalCode !== null) {
      return
    }
    const exited = new Promise((resolve) => running.once("exit", resolve))
    running.kill(signal)
    await exited
  }

  await start()
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    stop,
    start,
    destroy: async () => {
      await stop("SIGKILL")
      await rm(dir, { recursive: true, force: true })
    },
  }
}
