import { ChildProcess, spawn } from "node:child_process"
import { answersCommand, freePort } from "./loopback-port"

export type MemcachedTestServer = {
  port: number
  servers: string
  /** Kills the server (all data is lost, like a crash or a restart). */
  kill(): Promise<void>
  /** Starts it again on the same port. */
  start(): Promise<void>
  stop(): Promise<void>
}

/**
 * A private memcached (the `memcached` binary) on a free loopback port, for tests that
 * must kill and restart the server without disturbing the shared one.
 */
export async function startMemcached(): Promise<MemcachedTestServer> {
  const port = await freePort()
  let child: ChildProcess | undefined

  const start = async () => {
    const args = ["-l", "127.0.0.1", "-p", String(port), "-U", "0", "-m", "16"]
    // memcached refuses to run as root unless told which user to run as.
    if (process.getuid?.() === 0) {
      args.push("-u", "root")
    }
    child = spawn("memcached", args, {
      stdio: "ignore",
    })
    const failed = new Promise<never>((_, reject) => {
      child!.once("error", (error) =>
        reject(
          new Error(
            `cannot start memcached (is the binary installed?): ${error.message}`
          )
        )
      )
    })
    const deadline = Date.now() + 5000
    const up = (async () => {
      while (!(await answersCommand(port, "version", "VERSION"))) {
        if (Date.now() > deadline) {
          throw new Error(`memcached did not answer on port ${port} within 5 s`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()
    await Promise.race([up, failed])
  }

  const kill = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return
    }
    const exited = new Promise((resolve) => child!.once("exit", resolve))
    child.kill("SIGKILL")
    await exited
  }

  await start()
  return { port, servers: `127.0.0.1:${port}`, kill, start, stop: kill }
}
