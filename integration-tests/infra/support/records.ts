import fs from "node:fs"
import os from "node:os"
import path from "node:path"

export type RecordLine = {
  kind: string
  pid: number
  mode: string
  at: number
  [field: string]: unknown
}

/** A JSON-lines file the fixture's subscribers and jobs append to (INFRA_RECORD_FILE). */
export class RecordFile {
  readonly path: string

  constructor(name: string) {
    this.path = path.join(
      os.tmpdir(),
      `infra-records-${name}-${process.pid}-${Date.now()}.jsonl`
    )
    fs.writeFileSync(this.path, "")
  }

  read(kind?: string): RecordLine[] {
    return fs
      .readFileSync(this.path, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordLine)
      .filter((line) => !kind || line.kind === kind)
  }

  /** Waits (bounded) until `predicate` holds for the records of `kind`. */
  async waitUntil(
    kind: string,
    predicate: (lines: RecordLine[]) => boolean,
    timeoutMs = 20_000
  ): Promise<RecordLine[]> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const lines = this.read(kind)
      if (predicate(lines)) {
        return lines
      }
      if (Date.now() > deadline) {
        throw new Error(
          `records "${kind}" did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(lines)}`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  remove(): void {
    fs.rmSync(this.path, { force: true })
  }
}

/** A name unique to this test run, for Redis queues, lock and cache keys. */
export function runNamespace(suite: string): string {
  return `t${process.pid}${Date.now().toString(36)}-${suite}`
}
