import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
type S3rverServer = {
  run(): Promise<AddressInfo>
  close(): Promise<void>
}
type KoaContext = {
  path: string
  params: { bucket?: string; key?: string }
}
type Middleware = (
  ctx: KoaContext,
  next: () => Promise<unknown>
) => Promise<unknown>

/**
 * s3rver, in the fork that verifies AWS Signature V4 (headers and presigned URLs, over
 * their signed headers) as S3 does; s3rver 3.7.1 accepted any V4 signature. One fix: for a
 * bucket-level request the fork signs the path without the trailing slash the AWS SDK sends
 * and signs (`POST /<bucket>/?delete`, Medusa's bulk delete), so it refused those; S3 signs
 * the path as sent, and so does the check here. Loaded with Node's own `require` (not
 * jest's module registry) so that the patched check is the one its router uses.
 */
function loadS3rver(): new (options: Record<string, unknown>) => S3rverServer {
  const nodeRequire = createRequire(__filename)
  const check = nodeRequire.resolve(
    "@20minutes/s3rver/lib/middleware/authentication"
  )
  const verifyingMiddleware = nodeRequire(check) as () => Middleware
  nodeRequire.cache[check]!.exports = (): Middleware => {
    const verify = verifyingMiddleware()
    return async (ctx, next) => {
      const { bucket, key } = ctx.params
      if (!bucket || key || !ctx.path.endsWith("/")) {
        return verify(ctx, next)
      }
      ctx.params.bucket = `${bucket}/`
      try {
        return await verify(ctx, () => {
          ctx.params.bucket = bucket
          return next()
        })
      } finally {
        ctx.params.bucket = bucket
      }
    }
  }
  return nodeRequire("@20minutes/s3rver")
}
const S3rver = loadS3rver()

export type S3TestServer = {
  endpoint: string
  bucket: string
  /** Environment selecting FILE_PROVIDER=s3 against this server. */
  env: Record<string, string>
  /** Keys of the objects stored in the bucket (read from the server's data folder). */
  objectKeys(): string[]
  /** Stops answering (the port refuses connections); the stored objects are kept. */
  halt(): Promise<void>
  /** Serves again on the same port with the same objects, after `halt`. */
  resume(): Promise<void>
  stop(): Promise<void>
}

/** A real S3-protocol server (s3rver) on loopback with one bucket. */
export async function startS3Server(
  bucket = "marketplace-test"
): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"))
  const serve = async (port: number) => {
    const instance = new S3rver({
      address: "127.0.0.1",
      port,
      silent: true,
      directory,
      configureBuckets: [{ name: bucket }],
    })
    return { instance, address: await instance.run() }
  }
  const first = await serve(0)
  let server = first.instance
  let running = true
  const { port } = first.address
  const endpoint = `http://127.0.0.1:${port}`
  const bucketDir = path.join(directory, bucket)
  return {
    endpoint,
    bucket,
    env: {
      FILE_PROVIDER: "s3",
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    objectKeys: () => listObjectKeys(bucketDir),
    halt: async () => {
      await server.close()
      running = false
    },
    resume: async () => {
      ;({ instance: server } = await serve(port))
      running = true
    },
    stop: async () => {
      if (running) {
        await server.close()
      }
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

/** s3rver stores each object as `<key>._S3rver_object` beside its metadata files. */
function listObjectKeys(bucketDir: string): string[] {
  if (!fs.existsSync(bucketDir)) {
    return []
  }
  const suffix = "._S3rver_object"
  return (fs.readdirSync(bucketDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length).split(path.sep).join("/"))
    .sort()
}
