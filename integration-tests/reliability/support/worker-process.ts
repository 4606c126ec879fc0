import { ChildProcess, fork } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../../..")
/** Boots a Medusa project from its directory, reports `{ type: "ready" }` over IPC (shared with the infra suites). */
const APP_MAIN = path.join(ROOT, "integration-tests/infra/support/app-process-main.js")

/**
 * The marketplace itself (repo root, src/ through ts-node) in a child process, e.g. with
 * MEDUSA_WORKER_MODE=worker: it runs the scheduled jobs, subscribers and the workflow
 * engine's queue. `crash()` SIGKILLs it, so it dies mid-step without cleaning anything up.
 */
export class WorkerProcess {
  readonly logFile: string
  private readonly child: ChildProcess
  private readonly exited: Promise<void>

  constructor(readonly name: string, env: Record<string, string | undefined>) {
    this.logFile = path.join(os.tmpdir(), `reliability-${name}-${process.pid}-${Date.now()}.log`)
    const log = fs.openSync(this.logFile, "w")
    this.child = fork(APP_MAIN, [ROOT], {
      cwd: ROOT,
      env: { ...env, DISABLE_MEDUSA_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: ["ignore", log, log, "ipc"],
    })
    fs.closeSync(log)
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()))
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** Resolves once the app has booted; rejects with the log tail if it exits or takes too long. */
  async ready(timeoutMs = 120_000): Promise<this> {
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      new Promise<"ready">((resolve) =>
        this.child.on("message", (message: { type?: string }) => message.type === "ready" && resolve("ready"))
      ),
      this.exited.then(() => "exited" as const),
      new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs)
      }),
    ])
    clearTimeout(timer)
    if (outcome !== "ready") {
      throw new Error(`${this.name} ${outcome === "exited" ? "exited" : `not ready within ${timeoutMs} ms`}:\n${this.logTail()}`)
    }
    return this
  }

  /** SIGKILL, like a crashed machine: no shutdown hook runs, no lock or job is released. */
  async crash(): Promise<void> {
    if (this.alive) {
      this.child.kill("SIGKILL")
    }
    await this.exited
  }

  /** SIGTERM (graceful shutdown), SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (!this.alive) {
      return
    }
    this.child.kill("SIGTERM")
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs)
    await this.exited
    clearTimeout(timer)
  }

  removeLog(): void {
    fs.rmSync(this.logFile, { force: true })
  }

  logTail(lines = 60): string {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n")
    } catch {
      return "(no log)"
    }
  }
}
