import { createHash, randomUUID } from "node:crypto"
import { promisify } from "node:util"
import { gunzip, gzip } from "node:zlib"
import type { ICachingProviderService, Logger } from "@medusajs/framework/types"
import { Client } from "memjs"

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

export type MemcachedCachingOptions = {
  /** Comma-separated `[user:pass@]host:port` list, as in MEMCACHED_SERVERS. */
  servers: string
  /** Prefix of every key this provider writes (one namespace per installation). */
  prefix?: string
  /** Default time to live in seconds when the module passes none. */
  ttl?: number
  /** Seconds before a memcached operation counts as failed. */
  timeout?: number
  /** Entries larger than this many bytes are gzip-compressed. */
  compression_threshold?: number
}

/**
 * The Caching Module hands its providers' constructors the module options; the
 * provider's own options reach its loader (loaders/options.ts), which registers them.
 */
type InjectedDependencies = {
  logger: Logger
  memcachedOptions: MemcachedCachingOptions
}

type AutoInvalidate = { autoInvalidate?: boolean }

/** What is stored under an entry key. `t` holds, per hashed tag, the tag tokens seen at write time. */
type StoredEntry = {
  d: unknown
  /** hashed tag → [token of explicit clears, token of automatic clears or null] */
  t: Record<string, [string, string | null]>
}

/** memcached reads a relative expiration above 30 days as a UNIX time. */
const MAX_RELATIVE_EXPIRATION = 60 * 60 * 24 * 30
/** Tag `*` is recorded on every entry; clearing it empties the whole namespace. */
const ALL = "*"
const UNCOMPRESSED = 0
const COMPRESSED = 1

/**
 * Caching Module provider over memcached (memjs: binary protocol, SASL, several servers).
 *
 * memcached cannot list keys, so tags work with tokens: every tag has a token key holding
 * a random value, and an entry stores the tokens of its tags from when it was written.
 * Clearing a tag writes a new token, which makes every older entry of that tag a miss.
 * A lost token (eviction, restart) is recreated with a new value, so a loss can only
 * cause misses, never stale reads. Each tag has two tokens: one for explicit clears and
 * one for automatic invalidation, so entries stored with `autoInvalidate: false` survive
 * automatic invalidation. An append-only index per tag serves `get({ tags })`.
 *
 * Every memcached error is logged and treated as a miss: the cache never fails a request.
 */
export class MemcachedCachingProvider implements ICachingProviderService {
  static identifier = "caching-memcached"

  protected readonly client: Client
  protected readonly logger: Logger
  protected readonly prefix: string
  protected readonly defaultTTL: number
  protected readonly compressionThreshold: number

  constructor(
    { logger, memcachedOptions: options }: InjectedDependencies,
    moduleOptions?: { ttl?: number }
  ) {
    MemcachedCachingProvider.validateOptions(options)
    this.logger = logger
    this.prefix = options.prefix ?? "mc:"
    this.defaultTTL = options.ttl ?? moduleOptions?.ttl ?? 3600
    this.compressionThreshold = options.compression_threshold ?? 2048
    const timeout = options.timeout ?? 0.5
    this.client = Client.create(options.servers, {
      timeout,
      conntimeout: timeout * 2,
      retries: 2,
      retry_delay: 0.1,
      // No failover: moving a dead server's keys to another server would let an old
      // token come back with the server and revive entries cleared in the meantime.
      failover: false,
      keepAlive: true,
      expires: 0,
      logger: {
        log: (...messages: unknown[]) => this.logger.debug(messages.join(" ")),
      },
    })
  }

  static validateOptions(options: MemcachedCachingOptions | undefined): void {
    const servers = options?.servers?.trim()
    if (!servers) {
      throw new Error(
        "[caching-memcached] option `servers` is required (host:port[,host:port])"
      )
    }
    for (const server of servers.split(",")) {
      const hostPort = server.trim().split("@").pop() ?? ""
      const [host, port] = hostPort.split(":")
      if (!host || (port !== undefined && !/^\d+$/.test(port))) {
        throw new Error(
          `[caching-memcached] invalid server "${server}" in option \`servers\``
        )
      }
    }
    if (options?.ttl !== undefined && !(options.ttl >= 0)) {
      throw new Error(
        "[caching-memcached] option `ttl` must be a number of seconds"
      )
    }
  }

  // `any` as in ICachingProviderService: a key returns the stored object, tags a list of them.
  async get({ key, tags }: { key?: string; tags?: string[] }): Promise<any> {
    try {
      if (key) {
        return (await this.readEntry(this.entryKey(key)))?.d ?? null
      }
      if (tags?.length) {
        return await this.readTagged(tags)
      }
      return null
    } catch (error) {
      this.warn("get", error)
      return null
    }
  }

  async set({
    key,
    data,
    ttl,
    tags,
    options,
  }: {
    key: string
    data: object
    ttl?: number
    tags?: string[]
    options?: AutoInvalidate
  }): Promise<void> {
    try {
      const hashedTags = [...new Set([ALL, ...(tags ?? [])].map(hash))]
      const autoInvalidate = options?.autoInvalidate ?? true
      const recorded: StoredEntry["t"] = {}
      await Promise.all(
        hashedTags.map(async (hashedTag) => {
          const [explicit, automatic] = await Promise.all([
            this.token("t", hashedTag),
            autoInvalidate && hashedTag !== hash(ALL)
              ? this.token("a", hashedTag)
              : null,
          ])
          recorded[hashedTag] = [explicit, automatic]
        })
      )
      const entryKey = this.entryKey(key)
      const expires = expiration(ttl ?? this.defaultTTL)
      const stored: StoredEntry = { d: data, t: recorded }
      await this.client.set(entryKey, await this.encode(stored), { expires })
      await Promise.all(
        hashedTags
          .filter((hashedTag) => hashedTag !== hash(ALL))
          .map((hashedTag) => this.addToIndex(hashedTag, entryKey))
      )
    } catch (error) {
      this.warn("set", error)
    }
  }

  async clear({
    key,
    tags,
    options,
  }: {
    key?: string
    tags?: string[]
    options?: AutoInvalidate
  }): Promise<void> {
    try {
      if (key) {
        await this.client.delete(this.entryKey(key))
        return
      }
      if (!tags?.length) {
        return
      }
      if (tags.includes(ALL)) {
        await this.renewToken("t", hash(ALL))
        return
      }
      const hashedTags = [...new Set(tags.map(hash))]
      if (!options) {
        // An explicit clear: every entry of these tags goes, whatever its options.
        await Promise.all(
          hashedTags.map(async (hashedTag) => {
            await this.renewToken("t", hashedTag)
            await this.client.delete(this.indexKey(hashedTag))
          })
        )
      } else if (options.autoInvalidate === true) {
        // Automatic invalidation: entries stored with autoInvalidate=false stay.
        await Promise.all(
          hashedTags.map((hashedTag) => this.renewToken("a", hashedTag))
        )
      }
    } catch (error) {
      this.warn("clear", error)
    }
  }

  /** Closes the connections (tests and shutdown). */
  close(): void {
    this.client.close()
  }

  private async readEntry(entryKey: string): Promise<StoredEntry | null> {
    const { value } = await this.client.get(entryKey)
    if (!value) {
      return null
    }
    const entry = await this.decode(value)
    if (!entry) {
      return null
    }
    const checks = await Promise.all(
      Object.entries(entry.t).map(
        async ([hashedTag, [explicit, automatic]]) => {
          const [currentExplicit, currentAutomatic] = await Promise.all([
            this.token("t", hashedTag),
            automatic === null ? null : this.token("a", hashedTag),
          ])
          return currentExplicit === explicit && currentAutomatic === automatic
        }
      )
    )
    if (checks.every(Boolean)) {
      return entry
    }
    // A tag was cleared since this entry was written: drop it now rather than at expiry.
    await this.client.delete(entryKey).catch(() => undefined)
    return null
  }

  private async readTagged(tags: string[]): Promise<unknown[]> {
    const hashedTags = [...new Set(tags.map(hash))]
    const entryKeys = new Set<string>()
    await Promise.all(
      hashedTags.map(async (hashedTag) => {
        const keys = await this.readIndex(hashedTag)
        keys.forEach((entryKey) => entryKeys.add(entryKey))
      })
    )
    const results: unknown[] = []
    const live = new Set<string>()
    for (const entryKey of entryKeys) {
      const entry = await this.readEntry(entryKey)
      if (entry && hashedTags.some((hashedTag) => hashedTag in entry.t)) {
        results.push(entry.d)
        live.add(entryKey)
      }
    }
    await Promise.all(
      hashedTags.map((hashedTag) => this.compactIndex(hashedTag, live))
    )
    return results
  }

  /** The current token of a tag, created when missing (first use, eviction, restart). */
  private async token(kind: "t" | "a", hashedTag: string): Promise<string> {
    const tokenKey = `${this.prefix}${kind}:${hashedTag}`
    const { value } = await this.client.get(tokenKey)
    if (value) {
      return value.toString()
    }
    const fresh = randomUUID()
    if (await this.client.add(tokenKey, fresh, { expires: 0 })) {
      return fresh
    }
    // Another process created it between our get and add.
    const { value: winner } = await this.client.get(tokenKey)
    if (!winner) {
      throw new Error(`token ${tokenKey} vanished while being created`)
    }
    return winner.toString()
  }

  private async renewToken(kind: "t" | "a", hashedTag: string): Promise<void> {
    await this.client.set(`${this.prefix}${kind}:${hashedTag}`, randomUUID(), {
      expires: 0,
    })
  }

  private indexKey(hashedTag: string): string {
    return `${this.prefix}i:${hashedTag}`
  }

  private async addToIndex(hashedTag: string, entryKey: string): Promise<void> {
    const indexKey = this.indexKey(hashedTag)
    const line = `${entryKey}\n`
    const appended = await this.client.append(indexKey, line).catch(() => false)
    if (appended) {
      return
    }
    if (!(await this.client.add(indexKey, line, { expires: 0 }))) {
      await this.client.append(indexKey, line)
    }
  }

  private async readIndex(hashedTag: string): Promise<string[]> {
    const { value } = await this.client.get(this.indexKey(hashedTag))
    return value
      ? [...new Set(value.toString().split("\n").filter(Boolean))]
      : []
  }

  /**
   * Rewrites an index that mostly lists dead entries. A key appended concurrently may be
   * lost from the index; that only makes `get({ tags })` miss it, clears stay exact.
   */
  private async compactIndex(
    hashedTag: string,
    live: Set<string>
  ): Promise<void> {
    const indexKey = this.indexKey(hashedTag)
    const { value } = await this.client.get(indexKey)
    if (!value) {
      return
    }
    const lines = value.toString().split("\n").filter(Boolean)
    const kept = lines.filter((entryKey) => live.has(entryKey))
    if (lines.length > 32 && kept.length * 2 < lines.length) {
      const unique = [...new Set(kept)]
      await this.client.set(
        indexKey,
        unique.map((entryKey) => `${entryKey}\n`).join(""),
        {
          expires: 0,
        }
      )
    }
  }

  private entryKey(key: string): string {
    return `${this.prefix}e:${hash(key)}`
  }

  private async encode(entry: StoredEntry): Promise<Buffer> {
    const json = Buffer.from(JSON.stringify(entry), "utf8")
    if (json.length <= this.compressionThreshold) {
      return Buffer.concat([Buffer.from([UNCOMPRESSED]), json])
    }
    return Buffer.concat([Buffer.from([COMPRESSED]), await gzipAsync(json)])
  }

  private async decode(buffer: Buffer): Promise<StoredEntry | null> {
    try {
      const body = buffer.subarray(1)
      const json = buffer[0] === COMPRESSED ? await gunzipAsync(body) : body
      return JSON.parse(json.toString("utf8")) as StoredEntry
    } catch (error) {
      this.warn("decode", error)
      return null
    }
  }

  private warn(operation: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error)
    this.logger.warn(
      `[caching-memcached] ${operation} failed, treated as a miss: ${message}`
    )
  }
}

/** Keys are hashed: memcached keys are limited to 250 bytes without spaces. */
function hash(value: string): string {
  return createHash("sha1").update(value).digest("hex")
}

function expiration(ttl: number): number {
  if (ttl <= 0) {
    return 0
  }
  const seconds = Math.ceil(ttl)
  return seconds > MAX_RELATIVE_EXPIRATION
    ? Math.floor(Date.now() / 1000) + seconds
    : seconds
}
