import { DEFAULT_PAYOUT_SETTINGS } from "../../modules/payout/settings"
import { DEFAULT_SELLER_SETTINGS } from "../../modules/seller/settings"
import { readMarketplaceEnv } from "../env"
import { marketplaceModules } from "../marketplace-modules"

const optionsOf = (env: Record<string, string>, key: string) =>
  marketplaceModules(readMarketplaceEnv(env)).find((entry) => entry.key === key)
    ?.options

describe("marketplace settings become module options", () => {
  it("gives every module its defaults when nothing is configured", () => {
    expect(optionsOf({}, "seller")).toEqual({
      sellerApproval: "manual",
      productApproval: "manual",
      vendorCors:
        "http://localhost:8000,http://localhost:5173,http://localhost:9000",
      panelUrl: "http://localhost:9000/seller",
      uploads: { ...DEFAULT_SELLER_SETTINGS.uploads },
    })
    expect(optionsOf({}, "commission")).toEqual({
      defaultCommissionPercent: 10,
    })
    expect(optionsOf({}, "payout")).toEqual({
      providers: [
        {
          resolve: "./src/providers/payout-manual",
          id: "manual",
          is_default: true,
        },
      ],
      holdDays: DEFAULT_PAYOUT_SETTINGS.holdDays,
      minimum: DEFAULT_PAYOUT_SETTINGS.minimum,
      schedule: DEFAULT_PAYOUT_SETTINGS.schedule,
      resumeAfterSeconds: DEFAULT_PAYOUT_SETTINGS.resumeAfterSeconds,
      onboardingReturnUrl: "http://localhost:9000",
    })
    expect(optionsOf({}, "review")).toEqual({ moderation: "auto" })
    expect(optionsOf({}, "request")).toBeUndefined()
    expect(optionsOf({}, "order_group")).toEqual({
      reconcile: { schedule: "*/5 * * * *", staleAfterSeconds: 600 },
    })
  })

  it("maps approvals, vendor CORS and upload limits to the seller module", () => {
    expect(
      optionsOf(
        {
          SELLER_APPROVAL: "auto",
          PRODUCT_APPROVAL: "AUTO",
          VENDOR_CORS: "https://seller.example.com",
          UPLOAD_MAX_BYTES: "1024",
          UPLOAD_ALLOWED_TYPES: "image/PNG, application/pdf",
        },
        "seller"
      )
    ).toEqual({
      sellerApproval: "auto",
      productApproval: "auto",
      vendorCors: "https://seller.example.com",
      panelUrl: "http://localhost:9000/seller",
      uploads: {
        maxBytes: 1024,
        allowedTypes: ["image/png", "application/pdf"],
        presigned: false,
        keyPrefix: "",
      },
    })
  })

  it("lets seller uploads use presigned URLs and the key prefix of an S3 storage", () => {
    const s3 = {
      FILE_PROVIDER: "s3",
      S3_BUCKET: "assets",
      S3_REGION: "eu-central-1",
      S3_PREFIX: "shop/",
    }
    expect(optionsOf(s3, "seller")).toMatchObject({
      uploads: { presigned: true, keyPrefix: "shop/" },
    })
  })

  it("maps the payout settings and the selected provider to the payout module", () => {
    expect(
      optionsOf(
        {
          MEDUSA_BACKEND_URL: "https://api.example.com",
          PAYOUT_PROVIDER: "stripe-connect",
          STRIPE_API_KEY: "sk_test_x",
          STRIPE_API_BASE: "http://127.0.0.1:9",
          STRIPE_WEBHOOK_SECRET: "whsec_x",
          PAYOUT_SCHEDULE: "15 3 * * *",
          PAYOUT_HOLD_DAYS: "14",
          PAYOUT_MINIMUM: "25.5",
          PAYOUT_RESUME_AFTER_SECONDS: "6",
        },
        "payout"
      )
    ).toEqual({
      providers: [
        {
          resolve: "./src/providers/payout-stripe-connect",
          id: "stripe-connect",
          is_default: true,
          options: {
            apiKey: "sk_test_x",
            apiBase: "http://127.0.0.1:9",
            webhookSecret: "whsec_x",
          },
        },
      ],
      holdDays: 14,
      minimum: 25.5,
      schedule: "15 3 * * *",
      resumeAfterSeconds: 6,
      onboardingReturnUrl: "https://api.example.com",
    })
  })

  it("maps DEFAULT_COMMISSION_PERCENT to the commission module", () => {
    expect(
      optionsOf({ DEFAULT_COMMISSION_PERCENT: "12.5" }, "commission")
    ).toEqual({ defaultCommissionPercent: 12.5 })
  })

  it("maps REVIEW_MODERATION to the review module and refuses other values", () => {
    expect(optionsOf({ REVIEW_MODERATION: "manual" }, "review")).toEqual({
      moderation: "manual",
    })
    expect(() => optionsOf({ REVIEW_MODERATION: "later" }, "review")).toThrow(
      /REVIEW_MODERATION/
    )
  })
})
