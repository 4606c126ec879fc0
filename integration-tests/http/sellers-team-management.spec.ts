import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
import {
  SELLER_PERMISSIONS,
  sellerRolesFor,
} from "../../src/api/vendor/seller-permissions"
import { apiRoutes, fillPath, routeName } from "../security/support/route-tree"
import { createAdminSession } from "../utils/admin"
import { failure, readableHttpErrors } from "../utils/http"
import { memberLogin } from "../utils/payouts"
import {
  Headers,
  listNotifications,
  loginSeller,
  registerIdentity,
} from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { openSeller } from "../utils/vendor-catalog"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(180 * 1000)

/** Every raw token emailed for an invite, oldest first (a resend emails a new one). */
async function emailedTokens(
  container: MedusaContainer,
  inviteId: string,
  atLeast = 1
): Promise<string[]> {
  const emails = await waitFor(
    async () => {
      const found = await listNotifications(container, {
        resource_id: inviteId,
        channel: "email",
        template: "seller.member_invited",
      })
      const withToken = found.filter((notification) => notification.data?.token)
      return withToken.length >= atLeast && withToken
    },
    { what: `${atLeast} invitation email(s) for ${inviteId}` }
  )
  return emails.map((email) => String(email.data!.token))
}

async function acceptInvite(api: AxiosInstance, token: string, email: string) {
  return api.post(
    "/vendor/invites/accept",
    { token },
    await registerIdentity(api, email)
  )
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    // Invitation emails are sent by subscribers: let them finish before the database is reset.
    describe("team management", () => {
      beforeAll(() => readableHttpErrors(api))
      afterEach(() => settleBackgroundWork(utils))

      const members = (container: MedusaContainer, sellerId: string) =>
        container
          .resolve<SellerModuleService>(SELLER_MODULE)
          .listMembers({ seller_id: sellerId })

      describe("POST and DELETE /vendor/members/:id", () => {
        it("lets owners and admins change roles, never touching an owner from admin and keeping the last owner", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Crew Shop")
          const [ownerMember] = await members(container, seller.id)
          const ada = await memberLogin(
            api,
            container,
            seller.id,
            "ada@crew.test",
            "admin"
          )
          const max = await memberLogin(
            api,
            container,
            seller.id,
            "max@crew.test",
            "member"
          )
          const idOf = async (email: string) =>
            (await members(container, seller.id)).find(
              (m) => m.email === email
            )!.id
          const adaId = await idOf("ada@crew.test")
          const maxId = await idOf("max@crew.test")

          // A member changes nothing; the role table answers before anything else.
          const byMember = await failure(
            api.post(`/vendor/members/${adaId}`, { role: "member" }, max)
          )
          expect(byMember.status).toBe(403)
          expect(byMember.data).toEqual({
            type: "forbidden",
            message: "Only a seller owner or admin can do this",
          })

          // An admin can neither demote nor remove an owner, nor make someone an owner.
          for (const attempt of [
            () =>
              api.post(
                `/vendor/members/${ownerMember.id}`,
                { role: "admin" },
                ada
              ),
            () => api.delete(`/vendor/members/${ownerMember.id}`, ada),
            () => api.post(`/vendor/members/${maxId}`, { role: "owner" }, ada),
          ]) {
            const refused = await failure(attempt())
            expect(refused.status).toBe(403)
            expect(refused.data.message).toMatch(
              /admin cannot change or remove an owner|Only an owner can make/
            )
          }

          // The last owner can neither step down nor leave.
          const demoteLast = await failure(
            api.post(
              `/vendor/members/${ownerMember.id}`,
              { role: "admin" },
              owner
            )
          )
          expect(demoteLast.status).toBe(400)
          expect(demoteLast.data).toEqual({
            type: "not_allowed",
            message:
              "The last owner cannot be demoted; make another member an owner first",
          })
          const leaveLast = await failure(
            api.delete(`/vendor/members/${ownerMember.id}`, owner)
          )
          expect(leaveLast.status).toBe(400)
          expect(leaveLast.data.message).toMatch(/last owner cannot be removed/)

          // Bad input and unknown members.
          expect(
            (
              await failure(
                api.post(`/vendor/members/${maxId}`, { role: "boss" }, owner)
              )
            ).status
          ).toBe(400)
          expect(
            (
              await failure(
                api.post(
                  `/vendor/members/${maxId}`,
                  { role: "admin", seller_id: "x" },
                  owner
                )
              )
            ).status
          ).toBe(400)
          const unknown = await failure(
            api.post("/vendor/members/mem_unknown", { role: "admin" }, owner)
          )
          expect(unknown.status).toBe(404)
          expect(unknown.data).toEqual({
            type: "not_found",
            message: "Member with id: mem_unknown was not found",
          })

          // What is allowed: an admin promotes a member to admin; the owner makes Ada an owner and steps down.
          const promoted = await api.post(
            `/vendor/members/${maxId}`,
            { role: "admin" },
            ada
          )
          expect(promoted.data.member).toMatchObject({
            id: maxId,
            email: "max@crew.test",
            role: "admin",
          })
          expect(
            (
              await api.post(
                `/vendor/members/${adaId}`,
                { role: "owner" },
                owner
              )
            ).data.member.role
          ).toBe("owner")
          expect(
            (
              await api.post(
                `/vendor/members/${ownerMember.id}`,
                { role: "admin" },
                owner
              )
            ).data.member.role
          ).toBe("admin")
          const roles = Object.fromEntries(
            (await members(container, seller.id)).map((m) => [m.email, m.role])
          )
          expect(roles).toEqual({
            [ownerMember.email]: "admin",
            "ada@crew.test": "owner",
            "max@crew.test": "admin",
          })
          // The former owner's existing token now carries the admin role.
          expect(
            (await api.get("/vendor/sellers/me", owner)).data.seller.member.role
          ).toBe("admin")
        })

        it("keeps an owner when two owners demote each other at the same time", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Duel Shop")
          const [first] = await members(container, seller.id)
          const second = await memberLogin(
            api,
            container,
            seller.id,
            "second@duel.test",
            "owner"
          )
          const secondId = (await members(container, seller.id)).find(
            (m) => m.email === "second@duel.test"
          )!.id

          const answers = await Promise.allSettled([
            api.post(`/vendor/members/${secondId}`, { role: "member" }, owner),
            api.post(`/vendor/members/${first.id}`, { role: "member" }, second),
          ])
          const statuses = answers.map((answer) =>
            answer.status === "fulfilled"
              ? answer.value.status
              : (answer.reason as { response: { status: number } }).response
                  .status
          )
          expect(statuses.sort()).toEqual([200, 400])
          const owners = (await members(container, seller.id)).filter(
            (m) => m.role === "owner"
          )
          expect(owners).toHaveLength(1)
        })

        it("removes a member: its tokens stop working at once, it cannot log in to the seller, and it can be invited again", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Leaving Shop")
          const max = await memberLogin(
            api,
            container,
            seller.id,
            "max@leaving.test",
            "member"
          )
          const maxId = (await members(container, seller.id)).find(
            (m) => m.email === "max@leaving.test"
          )!.id
          expect((await api.get("/vendor/orders", max)).status).toBe(200)

          const removed = await api.delete(`/vendor/members/${maxId}`, owner)
          expect(removed.data).toEqual({
            id: maxId,
            object: "member",
            deleted: true,
          })

          // The token issued before the removal is refused on its next call.
          const stale = await failure(api.get("/vendor/orders", max))
          expect(stale.status).toBe(401)
          expect(stale.data).toEqual({
            type: "unauthorized",
            message: "Unauthorized",
          })
          // Logging in still proves the password, but the identity no longer acts for the seller.
          const fresh = await loginSeller(api, "max@leaving.test")
          expect(
            (await failure(api.get("/vendor/sellers/me", fresh))).status
          ).toBe(401)
          expect(
            (await api.get("/vendor/members", owner)).data.members.map(
              (m: { email: string }) => m.email
            )
          ).toEqual(["owner@leaving-shop.test"])
          expect(
            (await failure(api.delete(`/vendor/members/${maxId}`, owner)))
              .status
          ).toBe(404)

          // The same person can join again through a new invite.
          const invite = await api.post(
            "/vendor/invites",
            { email: "max@leaving.test", role: "member" },
            owner
          )
          const [token] = await emailedTokens(container, invite.data.invite.id)
          await api.post("/vendor/invites/accept", { token }, fresh)
          const again = await loginSeller(api, "max@leaving.test")
          expect(
            (await api.get("/vendor/sellers/me", again)).data.seller
          ).toMatchObject({
            id: seller.id,
            member: expect.objectContaining({ role: "member" }),
          })

          // A member may leave by itself; an admin removes a member.
          const ada = await memberLogin(
            api,
            container,
            seller.id,
            "ada@leaving.test",
            "admin"
          )
          const adaId = (await members(container, seller.id)).find(
            (m) => m.email === "ada@leaving.test"
          )!.id
          const rejoinedId = (await members(container, seller.id)).find(
            (m) => m.email === "max@leaving.test"
          )!.id
          await api.delete(`/vendor/members/${rejoinedId}`, ada)
          await api.delete(`/vendor/members/${adaId}`, ada)
          expect((await failure(api.get("/vendor/members", ada))).status).toBe(
            401
          )
          expect(
            (await members(container, seller.id)).map((m) => m.role)
          ).toEqual(["owner"])
        })
      })

      describe("GET /vendor/invites, DELETE /vendor/invites/:id, POST /vendor/invites/:id/resend", () => {
        it("lists pending invites, revokes them and resends them with a new token", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Invite Shop")
          const invite = async (email: string, role = "member") =>
            (await api.post("/vendor/invites", { email, role }, owner)).data
              .invite.id as string
          const kim = await invite("kim@invite.test")
          const lou = await invite("lou@invite.test", "admin")
          const moe = await invite("moe@invite.test")

          const listed = await api.get("/vendor/invites", owner)
          expect(listed.data).toMatchObject({ count: 3, limit: 20, offset: 0 })
          expect(
            listed.data.invites.map((i: { email: string }) => i.email).sort()
          ).toEqual(["kim@invite.test", "lou@invite.test", "moe@invite.test"])
          expect(Object.keys(listed.data.invites[0]).sort()).toEqual([
            "accepted_at",
            "created_at",
            "email",
            "expires_at",
            "id",
            "role",
            "updated_at",
          ])
          expect(
            (
              await api.get("/vendor/invites?role=admin", owner)
            ).data.invites.map((i: { id: string }) => i.id)
          ).toEqual([lou])
          // Fields outside the list are dropped (Medusa's rule), the token hash never shows.
          const narrowed = await api.get(
            "/vendor/invites?fields=token_hash,email",
            owner
          )
          expect(
            narrowed.data.invites.map((invite: object) =>
              Object.keys(invite).sort()
            )
          ).toEqual([
            ["email", "id"],
            ["email", "id"],
            ["email", "id"],
          ])
          expect(
            JSON.stringify(
              (await api.get("/vendor/invites?fields=token_hash", owner)).data
            )
          ).not.toMatch(/token/)

          // Accepted invites leave the list.
          const [kimToken] = await emailedTokens(container, kim)
          await acceptInvite(api, kimToken, "kim@invite.test")
          expect((await api.get("/vendor/invites", owner)).data.count).toBe(2)

          // Revoked: gone from the list, its token dead.
          const [louToken] = await emailedTokens(container, lou)
          expect(
            (await api.delete(`/vendor/invites/${lou}`, owner)).data
          ).toEqual({ id: lou, object: "invite", deleted: true })
          const revoked = await failure(
            acceptInvite(api, louToken, "lou@invite.test")
          )
          expect(revoked.status).toBe(404)
          expect(
            (await failure(api.delete(`/vendor/invites/${lou}`, owner))).status
          ).toBe(404)
          expect(
            (await api.get("/vendor/invites", owner)).data.invites.map(
              (i: { id: string }) => i.id
            )
          ).toEqual([moe])

          // Resent: a new email with a new token and expiry; the first token is dead.
          const [firstToken] = await emailedTokens(container, moe)
          const before = (
            await container
              .resolve<SellerModuleService>(SELLER_MODULE)
              .retrieveInvite(moe)
          ).expires_at
          await new Promise((resolve) => setTimeout(resolve, 5))
          const resent = await api.post(
            `/vendor/invites/${moe}/resend`,
            {},
            owner
          )
          expect(resent.data.invite).toMatchObject({
            id: moe,
            email: "moe@invite.test",
            accepted_at: null,
          })
          expect(JSON.stringify(resent.data)).not.toMatch(/token/)
          expect(
            new Date(resent.data.invite.expires_at).getTime()
          ).toBeGreaterThan(new Date(before).getTime())
          const tokens = await emailedTokens(container, moe, 2)
          expect(tokens).toHaveLength(2)
          expect(tokens[1]).not.toBe(firstToken)
          expect(
            (await failure(acceptInvite(api, firstToken, "moe@invite.test")))
              .status
          ).toBe(404)
          const moeIdentity = await registerIdentity(api, "moe2@invite.test")
          expect(
            (
              await failure(
                api.post(
                  "/vendor/invites/accept",
                  { token: tokens[1] },
                  moeIdentity
                )
              )
            ).status
          ).toBe(400)
          // Moe's identity exists since the refused attempt: it logs in (no seller yet) and accepts.
          const joined = await api.post(
            "/vendor/invites/accept",
            { token: tokens[1] },
            await loginSeller(api, "moe@invite.test")
          )
          expect(joined.data.member).toMatchObject({
            email: "moe@invite.test",
            role: "member",
          })

          // Accepted invites can be neither resent nor revoked.
          expect(
            (
              await failure(
                api.post(`/vendor/invites/${moe}/resend`, {}, owner)
              )
            ).data
          ).toEqual({
            type: "not_allowed",
            message: "This invite has already been accepted",
          })
          expect(
            (await failure(api.delete(`/vendor/invites/${kim}`, owner))).status
          ).toBe(400)
          expect(
            (
              await failure(
                api.post(
                  `/vendor/invites/${moe}/resend`,
                  { email: "x@y.test" },
                  owner
                )
              )
            ).status
          ).toBe(400)
          expect((await api.get("/vendor/invites", owner)).data.count).toBe(0)
          expect(
            (await members(container, seller.id)).map((m) => m.email).sort()
          ).toEqual([
            "kim@invite.test",
            "moe@invite.test",
            "owner@invite-shop.test",
          ])
        })

        it("lets only an owner revoke or resend an invite to become an owner, and keeps members out of invites", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Heir Shop")
          const ada = await memberLogin(
            api,
            container,
            seller.id,
            "ada@heir.test",
            "admin"
          )
          const max = await memberLogin(
            api,
            container,
            seller.id,
            "max@heir.test",
            "member"
          )
          const heir = await api.post(
            `/admin/sellers/${seller.id}/invites`,
            { email: "heir@heir.test", role: "owner" },
            admin
          )
          const heirId = heir.data.invite.id

          expect((await failure(api.get("/vendor/invites", max))).status).toBe(
            403
          )
          expect(
            (await failure(api.delete(`/vendor/invites/${heirId}`, max))).status
          ).toBe(403)
          expect(
            (
              await failure(
                api.post(`/vendor/invites/${heirId}/resend`, {}, max)
              )
            ).status
          ).toBe(403)
          for (const attempt of [
            () => api.delete(`/vendor/invites/${heirId}`, ada),
            () => api.post(`/vendor/invites/${heirId}/resend`, {}, ada),
          ]) {
            const refused = await failure(attempt())
            expect(refused.status).toBe(403)
            expect(refused.data.message).toBe(
              "Only an owner can manage an invite to become an owner"
            )
          }
          expect(
            (await api.get("/vendor/invites", ada)).data.invites[0]
          ).toMatchObject({ id: heirId, role: "owner" })
          await api.post(`/vendor/invites/${heirId}/resend`, {}, owner)
          await api.delete(`/vendor/invites/${heirId}`, owner)
          expect((await api.get("/vendor/invites", ada)).data.count).toBe(0)
        })
      })

      describe("admin: GET /admin/sellers/:id/members, POST /admin/sellers/:id/invites", () => {
        it("shows a seller's team and invites a new owner who takes over from the one who left", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(
            api,
            admin,
            "Handover Shop"
          )

          const team = await api.get(
            `/admin/sellers/${seller.id}/members`,
            admin
          )
          expect(team.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
          expect(team.data.members[0]).toMatchObject({
            email: "owner@handover-shop.test",
            role: "owner",
          })
          expect(
            (
              await failure(
                api.get("/admin/sellers/sel_unknown/members", admin)
              )
            ).status
          ).toBe(404)
          expect(
            (
              await failure(
                api.get(`/admin/sellers/${seller.id}/members`, owner)
              )
            ).status
          ).toBe(401)

          const invited = await api.post(
            `/admin/sellers/${seller.id}/invites`,
            { email: "New@Handover.test", role: "owner" },
            admin
          )
          expect(invited.status).toBe(201)
          expect(invited.data.invite).toMatchObject({
            email: "new@handover.test",
            role: "owner",
            accepted_at: null,
          })
          expect(JSON.stringify(invited.data)).not.toMatch(/token/)
          expect(
            (
              await failure(
                api.post(
                  "/admin/sellers/sel_unknown/invites",
                  { email: "a@b.test" },
                  admin
                )
              )
            ).status
          ).toBe(404)
          expect(
            (
              await failure(
                api.post(
                  `/admin/sellers/${seller.id}/invites`,
                  { email: "a@b.test", role: "boss" },
                  admin
                )
              )
            ).status
          ).toBe(400)
          expect(
            (
              await failure(
                api.post(
                  `/admin/sellers/${seller.id}/invites`,
                  { email: "owner@handover-shop.test" },
                  admin
                )
              )
            ).status
          ).toBe(400)
          expect(
            (
              await failure(
                api.post(
                  `/admin/sellers/${seller.id}/invites`,
                  { email: "a@b.test" },
                  owner
                )
              )
            ).status
          ).toBe(401)

          const [token] = await emailedTokens(container, invited.data.invite.id)
          await acceptInvite(api, token, "new@handover.test")
          const successor = await loginSeller(api, "new@handover.test")
          const previousOwnerId = team.data.members[0].id
          await api.delete(`/vendor/members/${previousOwnerId}`, successor)
          const after = await api.get(
            `/admin/sellers/${seller.id}/members`,
            admin
          )
          expect(
            after.data.members.map((m: { email: string; role: string }) => [
              m.email,
              m.role,
            ])
          ).toEqual([["new@handover.test", "owner"]])
          expect(
            (await failure(api.get("/vendor/sellers/me", owner))).status
          ).toBe(401)
        })
      })

      describe("another seller's team", () => {
        it("answers 404 for another seller's members and invites and changes nothing", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const first = await openSeller(api, admin, "First Team")
          const second = await openSeller(api, admin, "Second Team")
          await memberLogin(
            api,
            container,
            first.seller.id,
            "max@first-team.test",
            "member"
          )
          const firstTeam = await members(container, first.seller.id)
          const firstOwner = firstTeam.find((m) => m.role === "owner")!
          const firstMember = firstTeam.find((m) => m.role === "member")!
          const firstInvite = (
            await api.post(
              "/vendor/invites",
              { email: "kim@first-team.test" },
              first.owner
            )
          ).data.invite.id
          await api.post(
            "/vendor/invites",
            { email: "lou@second-team.test" },
            second.owner
          )

          const attempts = [
            () =>
              api.post(
                `/vendor/members/${firstMember.id}`,
                { role: "admin" },
                second.owner
              ),
            () =>
              api.post(
                `/vendor/members/${firstOwner.id}`,
                { role: "member" },
                second.owner
              ),
            () => api.delete(`/vendor/members/${firstMember.id}`, second.owner),
            () => api.delete(`/vendor/invites/${firstInvite}`, second.owner),
            () =>
              api.post(
                `/vendor/invites/${firstInvite}/resend`,
                {},
                second.owner
              ),
          ]
          for (const attempt of attempts) {
            const answer = await failure(attempt())
            expect(answer.status).toBe(404)
            expect(answer.data.type).toBe("not_found")
            expect(JSON.stringify(answer.data)).not.toMatch(
              /first-team|First Team/
            )
          }
          const invites = await api.get("/vendor/invites", second.owner)
          expect(
            invites.data.invites.map((i: { email: string }) => i.email)
          ).toEqual(["lou@second-team.test"])
          expect(
            (
              await failure(
                api.get(
                  `/vendor/invites?seller_id=${first.seller.id}`,
                  second.owner
                )
              )
            ).status
          ).toBe(400)
          expect(
            (await members(container, first.seller.id))
              .map((m) => [m.email, m.role])
              .sort()
          ).toEqual([
            ["max@first-team.test", "member"],
            [firstOwner.email, "owner"],
          ])
          const stored = await container
            .resolve<SellerModuleService>(SELLER_MODULE)
            .listInvites({ id: firstInvite })
          expect(stored).toHaveLength(1)
          expect(await emailedTokens(container, firstInvite)).toHaveLength(1)
        })
      })

      describe("the permission table, route by route", () => {
        const VENDOR_ROUTES = apiRoutes("/vendor")

        it("lists every /vendor route exactly once", () => {
          const names = VENDOR_ROUTES.map(routeName)
          expect(names.filter((name) => !(name in SELLER_PERMISSIONS))).toEqual(
            []
          )
          expect(
            Object.keys(SELLER_PERMISSIONS).filter(
              (name) => !names.includes(name)
            )
          ).toEqual([])
        })

        it("answers 403 exactly where the table leaves a role out, before validation or lookups", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const { seller, owner } = await openSeller(api, admin, "Roles Table")
          const callers: Record<string, Headers> = {
            member: await memberLogin(
              api,
              container,
              seller.id,
              "member@roles-table.test",
              "member"
            ),
            admin: await memberLogin(
              api,
              container,
              seller.id,
              "admin@roles-table.test",
              "admin"
            ),
            owner,
          }
          const outcomes: string[] = []
          for (const route of VENDOR_ROUTES) {
            const roles = sellerRolesFor(routeName(route))
            if (!roles) {
              continue
            }
            const url = fillPath(
              route,
              Object.fromEntries(
                route.params.map((param) => [param, "not_a_real_id"])
              )
            )
            for (const [role, headers] of Object.entries(callers)) {
              const { status } = await api.request({
                method: route.method,
                url,
                data: route.method === "POST" ? {} : undefined,
                ...headers,
                validateStatus: () => true,
              })
              const allowed = roles.includes(
                role as "owner" | "admin" | "member"
              )
              outcomes.push(
                `${routeName(route)} as ${role}: ${allowed ? (status === 403 || status >= 500 ? status : "allowed") : status}`
              )
            }
          }
          const expected = VENDOR_ROUTES.flatMap((route) => {
            const roles = sellerRolesFor(routeName(route))
            return roles
              ? Object.keys(callers).map(
                  (role) =>
                    `${routeName(route)} as ${role}: ${roles.includes(role as "owner" | "admin" | "member") ? "allowed" : 403}`
                )
              : []
          })
          expect(outcomes).toEqual(expected)
          // The table's headline rules.
          expect(
            sellerRolesFor("POST /vendor/orders/:id/fulfillments")
          ).toContain("member")
          expect(sellerRolesFor("GET /vendor/orders/:id")).toContain("member")
          for (const managed of [
            "POST /vendor/invites",
            "DELETE /vendor/members/:id",
            "POST /vendor/payout-account",
            "POST /vendor/sellers/me",
          ]) {
            expect(sellerRolesFor(managed)).toEqual(["owner", "admin"])
          }
        })
      })
    })
  },
})
