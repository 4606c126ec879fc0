import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { AddressInfo } from "node:net"
// s3rver ships no types; the surface used here is small.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => {
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
  stop(): Promise<void>
}

/** A real S3-protocol server (s3rver) on loopback with one bucket. */
export async function startS3Server(bucket = "marketplace-test"): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"))
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
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
    stop: async () => {
      await server.close()
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
