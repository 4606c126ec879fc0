import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { AddressInfo } from "node:net"
// s3rver ships no types; the surface used here is small. This fork of s3rver verifies
// AWS Signature V4 (headers and presigned URLs, with their signed headers), as S3 does.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const S3rver = require("@20minutes/s3rver") as new (
  options: Record<string, unknown>
) => {
  run(): Promise<AddressInfo>
  close(): Promise<void>
}

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
