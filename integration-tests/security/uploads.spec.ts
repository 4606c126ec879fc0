import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { withAppEnv } from "../utils/app-env"
import { startS3Server, S3TestServer } from "../utils/s3-server"
import { registerSeller, SellerAccount } from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { PNG } from "../utils/uploads"
import { contractViolation } from "./fuzz/error-contract"
import {
  MULTIPART_BOUNDARY,
  multipartBody,
  RawPart,
} from "./fuzz/multipart-body"
import { HOSTILE_FILE_NAMES, jsonPayload, Payload } from "./fuzz/raw-bodies"
import { RawResponse, send } from "./fuzz/send"

jest.setTimeout(180 * 1000)

/**
 * Extends integration-tests/http/sellers-integrations.spec.ts (one oversized PNG, an
 * octet-stream, a fake PDF, one oversized and one text/plain presigned request): lying
 * MIME types, active content, the exact size limit, whole batches, broken multipart,
 * path traversal and hostile file names — on the real S3 protocol (s3rver), checking
 * the bucket itself; presigned URLs sign the declared size and type, which the storage
 * server (s3rver verifies SigV4) enforces. The local provider's directory gets the same checks per request in
 * fuzz.spec.ts, which fuzzes POST /vendor/uploads with these names and types.
 */
const UPLOAD_MAX_BYTES = 4096
const MAX_FILES_PER_UPLOAD = 10

const HTML = Buffer.from(
  "<html><body><script>alert(document.cookie)</script></body></html>"
)
const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
)
const WINDOWS_EXE = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
  Buffer.alloc(64),
])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")

const png = (name = "photo.png"): RawPart => ({
  name,
  type: "image/png",
  content: PNG,
})
const ofSize = (bytes: number) =>
  Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, 7)])

let s3: S3TestServer
withAppEnv(async () => {
  s3 = await startS3Server()
  return {
    ...s3.env,
    SELLER_APPROVAL: "auto",
    UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES),
  }
})
afterAll(() => s3?.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let account: SellerAccount
    let sellerPrefix: string

    beforeAll(async () => {
      expect(getContainer()).toBeDefined()
      account = await registerSeller(api, "Upload Guard")
      sellerPrefix = `sellers/${account.seller.id}/`
      await settleBackgroundWork(utils)
    })

    const post = (path: string, payload: Payload) =>
      send(api.defaults.baseURL as string, {
        method: "POST",
        path,
        headers: { ...account.owner.headers, ...payload.headers },
        body: payload.body,
      })

    /** Every seller field that can point at a file, as the seller reads them. */
    const sellerFiles = async () => {
      const { seller } = (await api.get("/vendor/sellers/me", account.owner))
        .data
      return {
        logo_url: seller.logo_url,
        logo_file_id: seller.logo_file_id,
        description: seller.description,
        metadata: seller.metadata,
      }
    }

    /** A refusal: 4xx with Medusa's `{ type, message }`, and nothing in the bucket or on the seller. */
    async function expectRefused(
      label: string,
      request: () => Promise<RawResponse>
    ) {
      const objects = s3.objectKeys()
      const files = await sellerFiles()
      const response = await request()
      if (response.status < 400 || response.status >= 500) {
        throw new Error(
          `${label}: expected a 4xx, got ${response.status} ${response.text.slice(0, 300)}`
        )
      }
      expect({ label, violation: contractViolation(response) }).toEqual({
        label,
        violation: null,
      })
      expect({ label, objects: s3.objectKeys() }).toEqual({ label, objects })
      expect(await sellerFiles()).toEqual(files)
      return JSON.parse(response.text) as { type: string; message: string }
    }

    /** An accepted upload: exactly the answered keys are new, each under the seller's folder. */
    function expectStoredUnderSeller(
      label: string,
      before: string[],
      ids: string[]
    ) {
      const added = s3.objectKeys().filter((key) => !before.includes(key))
      expect({ label, added: [...added].sort() }).toEqual({
        label,
        added: [...ids].sort(),
      })
      for (const id of ids) {
        expect({ label, id, underSeller: id.startsWith(sellerPrefix) }).toEqual(
          { label, id, underSeller: true }
        )
        expect({
          label,
          id,
          segments: id
            .split("/")
            .filter((segment) => segment === ".." || segment === "."),
        }).toEqual({ label, id, segments: [] })
        expect(id).not.toMatch(/[\\\u0000]/)
      }
    }

    describe("POST /vendor/uploads", () => {
      it("refuses content that is not what its declared type says, and types not on the allow list", async () => {
        const cases: [string, RawPart][] = [
          [
            "HTML declared as image/png",
            { name: "photo.png", type: "image/png", content: HTML },
          ],
          [
            "SVG with script declared as image/png",
            { name: "photo.png", type: "image/png", content: SVG_WITH_SCRIPT },
          ],
          [
            "HTML declared as IMAGE/PNG (case)",
            { name: "photo.png", type: "IMAGE/PNG", content: HTML },
          ],
          [
            "HTML declared as image/png with parameters",
            {
              name: "photo.png",
              type: "image/png; charset=utf-8",
              content: HTML,
            },
          ],
          [
            "a PNG declared as image/jpeg",
            { name: "photo.jpg", type: "image/jpeg", content: PNG },
          ],
          [
            "an SVG declared as application/pdf",
            {
              name: "doc.pdf",
              type: "application/pdf",
              content: SVG_WITH_SCRIPT,
            },
          ],
          [
            "image/svg+xml with script",
            {
              name: "logo.svg",
              type: "image/svg+xml",
              content: SVG_WITH_SCRIPT,
            },
          ],
          [
            "text/html",
            { name: "page.html", type: "text/html", content: HTML },
          ],
          [
            "application/x-msdownload",
            {
              name: "setup.exe",
              type: "application/x-msdownload",
              content: WINDOWS_EXE,
            },
          ],
          [
            "a Windows executable declared as application/pdf",
            {
              name: "invoice.pdf",
              type: "application/pdf",
              content: WINDOWS_EXE,
            },
          ],
          ["no declared type", { name: "photo.png", content: PNG }],
        ]
        for (const [label, part] of cases) {
          const body = await expectRefused(label, () =>
            post("/vendor/uploads", multipartBody([part]))
          )
          expect(body.type).toBe("invalid_data")
        }
      })

      it("takes a file of exactly UPLOAD_MAX_BYTES and refuses one byte more", async () => {
        const before = s3.objectKeys()
        const atLimit = await post(
          "/vendor/uploads",
          multipartBody([
            { ...png("limit.png"), content: ofSize(UPLOAD_MAX_BYTES) },
          ])
        )
        expect(atLimit.status).toBe(200)
        const [stored] = JSON.parse(atLimit.text).files
        expectStoredUnderSeller("exactly the limit", before, [stored.id])

        const body = await expectRefused("one byte over", () =>
          post(
            "/vendor/uploads",
            multipartBody([
              { ...png("over.png"), content: ofSize(UPLOAD_MAX_BYTES + 1) },
            ])
          )
        )
        expect(body.message).toContain(String(UPLOAD_MAX_BYTES))
        await expectRefused("far over, declared as a PDF", () =>
          post(
            "/vendor/uploads",
            multipartBody([
              {
                name: "big.pdf",
                type: "application/pdf",
                content: Buffer.concat([PDF, Buffer.alloc(64 * 1024)]),
              },
            ])
          )
        )
      })

      it("stores nothing of a batch when one file in it is refused, and refuses broken multipart", async () => {
        const batches: [string, RawPart[]][] = [
          [
            "a good PNG and a text/html file",
            [
              png("good.png"),
              { name: "page.html", type: "text/html", content: HTML },
            ],
          ],
          [
            "a good PNG and a lying PNG",
            [
              png("good.png"),
              { name: "fake.png", type: "image/png", content: HTML },
            ],
          ],
          [
            "a good PNG and an oversized PNG",
            [
              png("good.png"),
              { ...png("big.png"), content: ofSize(UPLOAD_MAX_BYTES + 1) },
            ],
          ],
          [
            `${MAX_FILES_PER_UPLOAD + 1} good PNGs`,
            Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) =>
              png(`p${i}.png`)
            ),
          ],
          ["a good PNG in the wrong field", [{ ...png(), field: "file" }]],
          ["no file at all", []],
        ]
        for (const [label, parts] of batches) {
          await expectRefused(label, () =>
            post("/vendor/uploads", multipartBody(parts))
          )
        }
        await expectRefused("no closing boundary", () =>
          post("/vendor/uploads", multipartBody([png()], { closed: false }))
        )
        await expectRefused("a part header that is not a header", () =>
          post("/vendor/uploads", {
            headers: {
              "content-type": `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
            },
            body: Buffer.from(
              `--${MULTIPART_BOUNDARY}\r\nthis is not a header\r\n\r\n${PNG.toString("latin1")}\r\n--${MULTIPART_BOUNDARY}--\r\n`,
              "latin1"
            ),
          })
        )
        await expectRefused("multipart without a boundary", () =>
          post("/vendor/uploads", {
            headers: { "content-type": "multipart/form-data" },
            body: multipartBody([png()]).body,
          })
        )
        await expectRefused("a PNG sent as JSON", () =>
          post(
            "/vendor/uploads",
            jsonPayload(JSON.stringify({ files: [PNG.toString("base64")] }))
          )
        )
      })

      it("keeps every accepted hostile file name under the seller's folder, without `..`", async () => {
        const outcomes: string[] = []
        for (const name of HOSTILE_FILE_NAMES) {
          const label = JSON.stringify(name.slice(0, 40))
          const before = s3.objectKeys()
          const response = await post(
            "/vendor/uploads",
            multipartBody([png(name)])
          )
          if (response.status >= 400) {
            await expectRefused(label, async () => response)
            outcomes.push(`${label} refused`)
            continue
          }
          expect({ label, status: response.status }).toEqual({
            label,
            status: 200,
          })
          const files: { id: string; url: string }[] = JSON.parse(
            response.text
          ).files
          expectStoredUnderSeller(
            label,
            before,
            files.map((file) => file.id)
          )
          // The public URL points at that key in the bucket, nowhere else.
          const url = new URL(files[0].url)
          expect(decodeURIComponent(url.pathname)).toBe(
            `/${s3.bucket}/${files[0].id}`
          )
          outcomes.push(
            `${label} → ${files[0].id.slice(sellerPrefix.length, sellerPrefix.length + 40)}`
          )
        }
        expect(outcomes).toHaveLength(HOSTILE_FILE_NAMES.length)
        console.info(`hostile upload names:\n${outcomes.join("\n")}`)
      })
    })

    describe("POST /vendor/uploads/presigned-urls", () => {
      const presign = (files: unknown) =>
        post(
          "/vendor/uploads/presigned-urls",
          jsonPayload(JSON.stringify({ files }))
        )

      it("refuses types off the allow list and sizes no file can have", async () => {
        const refusals: [string, unknown][] = [
          [
            "text/html",
            [{ name: "page.html", mime_type: "text/html", size: 10 }],
          ],
          [
            "application/x-msdownload",
            [
              {
                name: "setup.exe",
                mime_type: "application/x-msdownload",
                size: 10,
              },
            ],
          ],
          [
            "image/svg+xml",
            [{ name: "logo.svg", mime_type: "image/svg+xml", size: 10 }],
          ],
          [
            "image/png with parameters",
            [
              {
                name: "a.png",
                mime_type: "image/png; charset=utf-8",
                size: 10,
              },
            ],
          ],
          [
            "one allowed and one refused type",
            [
              { name: "a.png", mime_type: "image/png", size: 10 },
              { name: "b.html", mime_type: "text/html", size: 10 },
            ],
          ],
          [
            "a size beyond any integer",
            [{ name: "a.png", mime_type: "image/png", size: 2 ** 64 }],
          ],
          [
            "a fractional size",
            [{ name: "a.png", mime_type: "image/png", size: 10.5 }],
          ],
          ["a zero size", [{ name: "a.png", mime_type: "image/png", size: 0 }]],
          [
            "a negative size",
            [{ name: "a.png", mime_type: "image/png", size: -1 }],
          ],
          [
            "a size given as text",
            [{ name: "a.png", mime_type: "image/png", size: "10" }],
          ],
          [
            `${MAX_FILES_PER_UPLOAD + 1} files`,
            Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) => ({
              name: `${i}.png`,
              mime_type: "image/png",
              size: 10,
            })),
          ],
        ]
        for (const [label, files] of refusals) {
          const body = await expectRefused(label, () => presign(files))
          expect(body.type).toBe("invalid_data")
        }
      })

      it("keys every hostile file name under the seller's folder, and the URL stores exactly there", async () => {
        for (const name of HOSTILE_FILE_NAMES) {
          const label = JSON.stringify(name.slice(0, 40))
          const response = await presign([
            { name, mime_type: "image/png", size: PNG.length },
          ])
          if (response.status >= 400) {
            await expectRefused(label, async () => response)
            continue
          }
          expect({ label, status: response.status }).toEqual({
            label,
            status: 200,
          })
          const [target]: { id: string; url: string }[] = JSON.parse(
            response.text
          ).files
          const before = s3.objectKeys()
          // Presigning stores nothing by itself.
          expect(s3.objectKeys()).toEqual(before)
          const url = new URL(target.url)
          expect(decodeURIComponent(url.pathname)).toBe(
            `/${s3.bucket}/${target.id}`
          )
          const put = await fetch(target.url, {
            method: "PUT",
            body: PNG,
            headers: { "content-type": "image/png" },
          })
          expect({ label, put: put.status }).toEqual({ label, put: 200 })
          expectStoredUnderSeller(label, before, [target.id])
        }
        // Names with path segments once lost the key's unique part: a second upload overwrote the first.
        const keys = await Promise.all(
          [
            "/abs/x.png",
            "/abs/x.png",
            "x".repeat(150) + ".png",
            "x".repeat(150) + ".png",
          ].map(async (name) => {
            const response = await presign([
              { name, mime_type: "image/png", size: PNG.length },
            ])
            return JSON.parse(response.text).files[0].id as string
          })
        )
        expect(new Set(keys).size).toBe(keys.length)
      })

      it("binds the declared size and type into the URL: the storage server refuses a larger body or another type", async () => {
        const response = await presign([
          { name: "limit.png", mime_type: "image/png", size: UPLOAD_MAX_BYTES },
        ])
        expect(response.status).toBe(200)
        const [target]: { id: string; url: string }[] = JSON.parse(
          response.text
        ).files
        const signed = new URL(target.url).searchParams
          .get("X-Amz-SignedHeaders")
          ?.split(";")
        expect(signed).toEqual(
          expect.arrayContaining(["content-length", "content-type"])
        )
        const before = s3.objectKeys()
        const put = (body: Buffer, type: string) =>
          fetch(target.url, {
            method: "PUT",
            body: new Uint8Array(body),
            headers: { "content-type": type },
          })
        const refusedBySigning: [string, Buffer, string][] = [
          ["over the size limit", ofSize(UPLOAD_MAX_BYTES + 1), "image/png"],
          [
            "under the declared size",
            ofSize(UPLOAD_MAX_BYTES - 1),
            "image/png",
          ],
          ["a refused type", HTML, "text/html"],
          [
            "a refused type of the declared size",
            ofSize(UPLOAD_MAX_BYTES),
            "text/html",
          ],
          ["another allowed type", ofSize(UPLOAD_MAX_BYTES), "image/jpeg"],
        ]
        for (const [label, body, type] of refusedBySigning) {
          const answer = await put(body, type)
          // S3's own refusal, from the storage server.
          expect({
            label,
            status: answer.status,
            code: /<Code>([^<]+)<\/Code>/.exec(await answer.text())?.[1],
          }).toEqual({ label, status: 403, code: "SignatureDoesNotMatch" })
          expect({ label, objects: s3.objectKeys() }).toEqual({
            label,
            objects: before,
          })
        }
        const exact = await put(ofSize(UPLOAD_MAX_BYTES), "image/png")
        expect(exact.status).toBe(200)
        expectStoredUnderSeller("the declared file", before, [target.id])
      })
    })
  },
})
