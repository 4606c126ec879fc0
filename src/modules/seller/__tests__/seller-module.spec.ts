import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from ".."
import SellerModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<SellerModuleService>({
  moduleName: SELLER_MODULE,
  resolve: "./src/modules/seller",
  moduleOptions: {
    sellerApproval: "auto",
    vendorCors: "https://seller.example.com",
    uploads: { maxBytes: 1024 },
  },
  testSuite: ({ service }) => {
    describe("seller module", () => {
      it("returns its options as settings, with a default for what is not configured", () => {
        expect(service.getSettings()).toEqual({
          sellerApproval: "auto",
          productApproval: "manual",
          vendorCors: "https://seller.example.com",
          uploads: {
            maxBytes: 1024,
            allowedTypes: [
              "image/png",
              "image/jpeg",
              "image/webp",
              "image/gif",
              "application/pdf",
            ],
            presigned: false,
            keyPrefix: "",
          },
          panelUrl: "http://localhost:9000/seller",
        })
      })

      it("creates sellers with members and invites under their prefixes", async () => {
        const seller = await service.createSellers({
          name: "Acme",
          handle: "acme",
          email: "a@acme.test",
        })
        expect(seller).toMatchObject({
          id: expect.stringMatching(/^sel_/),
          status: "pending_approval",
        })
        const member = await service.createMembers({
          seller_id: seller.id,
          email: "o@acme.test",
          role: "owner",
        })
        expect(member.id).toMatch(/^mem_/)
        const invite = await service.createInvites({
          seller_id: seller.id,
          email: "i@acme.test",
          token_hash: "h".repeat(64),
          expires_at: new Date(Date.now() + 1000),
        })
        expect(invite).toMatchObject({
          id: expect.stringMatching(/^sinv_/),
          role: "member",
        })
        const [withMembers] = await service.listSellers(
          { id: seller.id },
          { relations: ["members"] }
        )
        expect(withMembers.members.map((m) => m.email)).toEqual(["o@acme.test"])
      })

      it("keeps handles and member emails unique", async () => {
        const seller = await service.createSellers({
          name: "A",
          handle: "same",
          email: "a@a.test",
        })
        await expect(
          service.createSellers({
            name: "B",
            handle: "same",
            email: "b@b.test",
          })
        ).rejects.toThrow()
        await service.createMembers({ seller_id: seller.id, email: "x@a.test" })
        await expect(
          service.createMembers({ seller_id: seller.id, email: "x@a.test" })
        ).rejects.toThrow()
      })
    })
  },
})
