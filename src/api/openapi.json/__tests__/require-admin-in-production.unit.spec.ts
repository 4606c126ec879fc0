import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { requireAdminInProduction } from "../require-admin-in-production"

const JWT_SECRET = "unit-test-secret"

type Answer = { passed: boolean; status?: number; body?: unknown }

/** Runs the middleware on a request with the given Authorization header. */
async function call(
  isProduction: boolean,
  authorization?: string
): Promise<Answer> {
  const scope = {
    resolve: (key: string) =>
      key === ContainerRegistrationKeys.CONFIG_MODULE
        ? { projectConfig: { http: { jwtSecret: JWT_SECRET } } }
        : {
            debug: () => undefined,
            warn: () => undefined,
            error: () => undefined,
            info: () => undefined,
          },
  }
  const req = {
    scope,
    headers: authorization ? { authorization } : {},
    session: {},
  } as unknown as MedusaRequest
  const answer: Answer = { passed: false }
  const res = {
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: unknown) {
      answer.body = body
      return this
    },
  } as unknown as MedusaResponse
  const next: MedusaNextFunction = (error?: unknown) => {
    answer.passed = !error
  }
  await requireAdminInProduction(isProduction)(req, res, next)
  return answer
}

const token = (actorType: string) =>
  `Bearer ${jwt.sign({ actor_id: `${actorType}_1`, actor_type: actorType, auth_identity_id: "authid_1", app_metadata: {} }, JWT_SECRET)}`

describe("requireAdminInProduction", () => {
  it("lets anyone read the document outside production", async () => {
    expect(await call(false)).toEqual({ passed: true })
  })

  it("answers 401 in production without an admin", async () => {
    expect(await call(true)).toEqual({
      passed: false,
      status: 401,
      body: { message: "Unauthorized" },
    })
    expect(await call(true, token("seller"))).toMatchObject({
      passed: false,
      status: 401,
    })
    expect(await call(true, token("customer"))).toMatchObject({
      passed: false,
      status: 401,
    })
  })

  it("lets an admin's token through in production", async () => {
    expect(await call(true, token("user"))).toEqual({ passed: true })
  })
})
