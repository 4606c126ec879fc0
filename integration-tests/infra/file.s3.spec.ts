import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { S3TestServer, startS3Server } from "../utils/s3-server"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"

jest.setTimeout(120_000)

/** File Module with FILE_PROVIDER=s3 against a real S3-protocol server (s3rver) on loopback. */
describe("File Module — s3 provider", () => {
  let s3: S3TestServer
  const env = appEnv({})

  beforeAll(async () => {
    s3 = await startS3Server()
    Object.assign(env, s3.env)
    Object.assign(process.env, s3.env)
  })

  afterAll(async () => {
    for (const name of Object.keys(s3?.env ?? {})) {
      delete process.env[name]
    }
    await s3?.stop()
  })

  medusaIntegrationTestRunner({
    cwd: FIXTURE_APP,
    env,
    testSuite: ({ getContainer }) => {
      const files = () =>
        getContainer().resolve<IFileModuleService>(Modules.FILE)

      it("creates a file, serves it from the bucket and deletes it", async () => {
        const created = await files().createFiles({
          filename: "logo.txt",
          mimeType: "text/plain",
          content: Buffer.from("hello s3").toString("base64"),
          access: "public",
        })
        expect(s3.objectKeys()).toEqual([created.id])
        expect(created.url.startsWith(`${s3.endpoint}/${s3.bucket}/`)).toBe(
          true
        )
        expect((await files().getAsBuffer(created.id)).toString()).toBe(
          "hello s3"
        )

        const { url } = await files().retrieveFile(created.id)
        const download = await fetch(url)
        expect(download.status).toBe(200)
        expect(await download.text()).toBe("hello s3")

        await files().deleteFiles(created.id)
        expect(s3.objectKeys()).toEqual([])
      })

      it("hands out a presigned upload URL that accepts a PUT", async () => {
        const upload = await files().getUploadFileUrls({
          filename: "catalog.csv",
          mimeType: "text/csv",
        })
        const put = await fetch(upload.url, {
          method: "PUT",
          headers: { "content-type": "text/csv" },
          body: "sku,price\nA,1\n",
        })
        expect(put.status).toBe(200)
        expect(s3.objectKeys()).toContain(upload.key)
        expect((await files().getAsBuffer(upload.key)).toString()).toBe(
          "sku,price\nA,1\n"
        )
        await files().deleteFiles(upload.key)
        expect(s3.objectKeys()).not.toContain(upload.key)
      })
    },
  })
})
