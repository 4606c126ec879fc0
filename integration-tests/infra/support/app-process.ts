import { ChildProcess, fork } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

export const FIXTURE_APP = path.resolve(__dirname, "../fixtures/app")

type Pending = {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/**
 * A separate Medusa process booted from a project directory (the fixture project unless
 * told otherwise; the repository root for the marketplace itself), for the proofs that need
 * more than one process (event bus, scheduled jobs, locking, a crashed worker). Its output
 * goes to a log file that is printed when it fails to boot.
 */
export class AppProcess {
  readonly logFile: string
  port = 0
  private readonly child: ChildProcess
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private exited: Promise<number | null>

  constructor(
    readonly name: string,
    env: Record<string, string>,
    project = FIXTURE_APP
  ) {
    this.logFile = path.join(
      os.tmpdir(),
      `app-${name}-${process.pid}-${Date.now()}.log`
    )
    const log = fs.openSync(this.logFile, "w")
    this.child = fork(path.join(__dirname, "app-process-main.js"), [project], {
      cwd: project,
      env: {
        ...process.env,
        DISABLE_MEDUSA_ADMIN: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
        ...env,
      },
      stdio: ["ignore", log, log, "ipc"],
    })
    fs.closeSync(log)
    this.exited = new Promise((resolve) =>
      this.child.once("exit", (code) => {
        for (const [id, waiting] of this.pending) {
          this.pending.delete(id)
          waiting.reject(new Error(`${this.name} exited before answering`))
        }
        resolve(code)
      })
    )
    this.child.on(
      "message",
      (message: { id?: number; result?: unknown; error?: string }) => {
        const waiting =
          message.id !== undefined ? this.pending.get(message.id) : undefined
        if (!waiting) {
          return
        }
        this.pending.delete(message.id!)
        if (message.error) {
          waiting.reject(new Error(`${this.name}: ${message.error}`))
        } else {
          waiting.resolve(message.result)
        }
      }
    )
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  /** Resolves once the app listens; rejects (with the log tail) on exit or timeout. */
  async ready(timeoutMs = 90_000): Promise<this> {
    const ready = new Promise<number>((resolve) => {
      this.child.on("message", (message: { type?: string; port?: number }) => {
        if (message.type === "ready" && message.port) {
          resolve(message.port)
        }
      })
    })
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      ready.then((port) => ({ port })),
      this.exited.then((code) => ({ exit: code })),
      new Promise<{ timeout: true }>((resolve) => {
        timer = setTimeout(() => resolve({ timeout: true }), timeoutMs)
      }),
    ])
    clearTimeout(timer)
    if ("port" in outcome) {
      this.port = outcome.port
      return this
    }
    const reason =
      "exit" in outcome
        ? `exited with ${outcome.exit}`
        : `not ready within ${timeoutMs} ms`
    throw new Error(`${this.name} ${reason}:\n${this.logTail()}`)
  }

  /** Sends a command to the process (see app-process-main.js) and waits for its answer. */
  async call<T>(
    command: string,
    args: Record<string, unknown>,
    timeoutMs = 30_000
  ): Promise<T> {
    const id = this.nextId++
    let timer: NodeJS.Timeout | undefined
    const answer = new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
      })
      this.child.send({ id, command, args })
    })
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`${this.name}: ${command} took more than ${timeoutMs} ms`)
          ),
        timeoutMs
      )
    })
    try {
      return await Promise.race([answer, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  /** SIGKILL: the process dies without releasing anything, like a crash. */
  async crash(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill("SIGKILL")
    }
    await this.exited
  }

  /** SIGTERM and wait (bounded), then SIGKILL. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      return
    }
    this.child.kill("SIGTERM")
    let timer: NodeJS.Timeout | undefined
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs)
      }),
    ])
    clearTimeout(timer)
    if (timedOut) {
      await this.crash()
    } else {
      this.removeLog()
    }
  }

  removeLog(): void {
    fs.rmSync(this.logFile, { force: true })
  }

  logTail(lines = 40): string {
    try {
      return fs
        .readFileSync(this.logFile, "utf8")
        .split("\n")
        .slice(-lines)
        .join("\n")
    } catch {
      return "(no log)"
    }
  }
}

/** Starts several app processes in parallel and waits until all of them listen. */
export async function startAppProcesses(
  specs: { name: string; env: Record<string, string> }[]
): Promise<AppProcess[]> {
  const processes = specs.map((spec) => new AppProcess(spec.name, spec.env))
  try {
    await Promise.all(processes.map((child) => child.ready()))
  } catch (error) {
    await Promise.all(processes.map((child) => child.crash()))
    throw error
  }
  return processes
}
