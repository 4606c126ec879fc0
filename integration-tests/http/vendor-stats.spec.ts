import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { createAdminSession } from "../utils/admin"
import { failure, readableHttpErrors } from "../utils/http"
import { createMarketplace } from "../utils/marketplace-builder"
import { memberLogin } from "../utils/payouts"
import type { Headers } from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { checkOutStore } from "../utils/store-cart"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(180 * 1000)

const SELLERS = [
  {
    name: "Alpha Atelier",
    shippingPrice: 4.95,
    products: [{ title: "Alpha scarf", prices: [19.99, 24.49] }],
  },
  {
    name: "Beta Bindery",
    shippingPrice: 3.5,
    products: [{ title: "Beta notebook", prices: [12.37] }],
  },
]

const DAY_MS = 24 * 60 * 60 * 1000
const day = (offset: number) =>
  new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10)
const cents = (value: BigNumber.Value) =>
  new BigNumber(value).decimalPlaces(2, BigNumber.ROUND_HALF_UP)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(() => readableHttpErrors(api))
    describe("GET /vendor/stats", () => {
      afterEach(() => settleBackgroundWork(utils))

      it("aggregates the seller's own orders, units, sales, refunds and commission per day, exactly", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const marketplace = await createMarketplace(container, SELLERS)
        const [alpha, beta] = marketplace.sellers
        const alphaOwner = await memberLogin(
          api,
          container,
          alpha.id,
          "owner@alpha.test",
          "owner"
        )
        const alphaPacker = await memberLogin(
          api,
          container,
          alpha.id,
          "packer@alpha.test",
          "member"
        )
        const betaOwner = await memberLogin(
          api,
          container,
          beta.id,
          "owner@beta.test",
          "owner"
        )

        // Today: both sellers, two of each variant; three days ago: Alpha alone, one of each;
        // and an Alpha order canceled (left out of the figures).
        const today = await checkOutStore(api, marketplace, marketplace.store, {
          email: "ada@example.test",
        })
        const earlier = await checkOutStore(
          api,
          marketplace,
          marketplace.store,
          { sellers: [alpha], quantity: 1, email: "bob@example.test" }
        )
        const canceled = await checkOutStore(
          api,
          marketplace,
          marketplace.store,
          { sellers: [alpha], quantity: 5, email: "cy@example.test" }
        )
        const alphaToday = today.orders.find(
          (order) => order.seller_id === alpha.id
        )!.id
        const betaToday = today.orders.find(
          (order) => order.seller_id === beta.id
        )!.id
        const alphaEarlier = earlier.orders[0].id
        await api.post(
          `/vendor/orders/${canceled.orders[0].id}/cancel`,
          {},
          alphaOwner
        )
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw(
          `UPDATE "order" SET created_at = created_at - interval '3 days' WHERE id = ?`,
          [alphaEarlier]
        )

        // Captured, then a 5.00 refund on today's Alpha order.
        await settleBackgroundWork(utils)
        await api.post(
          `/admin/order-groups/${today.groupId}/capture`,
          {},
          admin
        )
        await api.post(
          `/admin/order-groups/${today.groupId}/refunds`,
          { order_id: alphaToday, amount: 5 },
          admin
        )

        // What Medusa and the commission module say about each order.
        const figures = async (orderId: string, owner: Headers) => {
          const { data } = await api.get(`/vendor/orders/${orderId}`, owner)
          const lines = await waitFor(async () => {
            const found = (
              await api.get(
                `/vendor/commission-lines?order_id=${orderId}`,
                owner
              )
            ).data.commission_lines
            return found.length > 0 && found
          })
          return {
            total: cents(data.order.total),
            units: data.order.items.reduce(
              (sum: number, item: { quantity: number }) => sum + item.quantity,
              0
            ),
            commission: lines.reduce(
              (sum: BigNumber, line: { amount: number }) =>
                sum.plus(line.amount),
              new BigNumber(0)
            ),
          }
        }
        const a1 = await figures(alphaToday, alphaOwner)
        const a0 = await figures(alphaEarlier, alphaOwner)
        const b1 = await figures(betaToday, betaOwner)
        expect(a1.units).toBe(4)
        expect(a0.units).toBe(2)

        const { data } = await api.get(
          `/vendor/stats?from=${day(-6)}&to=${day(0)}`,
          alphaOwner
        )
        expect(data.stats.from).toBe(day(-6))
        expect(data.stats.to).toBe(day(0))
        expect(data.stats.currencies).toHaveLength(1)
        const [eur] = data.stats.currencies
        expect(eur.currency_code).toBe("eur")
        expect(eur.days.map((entry: { date: string }) => entry.date)).toEqual(
          [-6, -5, -4, -3, -2, -1, 0].map(day)
        )
        const zero = {
          orders: 0,
          units: 0,
          gross_sales: "0",
          average_order_value: "0",
          refunds: "0",
          commission: "0",
        }
        expect(eur.days[0]).toEqual({ date: day(-6), ...zero })
        expect(eur.days[3]).toEqual({
          date: day(-3),
          orders: 1,
          units: 2,
          gross_sales: a0.total.toFixed(),
          average_order_value: a0.total.toFixed(),
          refunds: "0",
          commission: a0.commission.toFixed(),
        })
        expect(eur.days[6]).toEqual({
          date: day(0),
          orders: 1,
          units: 4,
          gross_sales: a1.total.toFixed(),
          average_order_value: a1.total.toFixed(),
          refunds: "5",
          commission: a1.commission.toFixed(),
        })
        const gross = a0.total.plus(a1.total)
        expect(eur.totals).toEqual({
          orders: 2,
          units: 6,
          gross_sales: gross.toFixed(),
          average_order_value: cents(gross.dividedBy(2)).toFixed(),
          refunds: "5",
          commission: a0.commission.plus(a1.commission).toFixed(),
        })

        // A plain member reads the same figures (the panel's home).
        expect(
          (
            await api.get(
              `/vendor/stats?from=${day(-6)}&to=${day(0)}`,
              alphaPacker
            )
          ).data
        ).toEqual(data)

        // Another seller sees only its own order, and cannot ask for Alpha's.
        const { data: betaStats } = await api.get(
          `/vendor/stats?from=${day(-6)}&to=${day(0)}`,
          betaOwner
        )
        expect(betaStats.stats.currencies[0].totals).toEqual({
          orders: 1,
          units: 2,
          gross_sales: b1.total.toFixed(),
          average_order_value: b1.total.toFixed(),
          refunds: "0",
          commission: b1.commission.toFixed(),
        })
        expect(JSON.stringify(betaStats)).not.toContain(a1.total.toFixed())
        expect(
          (
            await failure(
              api.get(`/vendor/stats?seller_id=${alpha.id}`, betaOwner)
            )
          ).status
        ).toBe(400)

        // A currency without sales gets its zero-filled series; the default period is the last 30 days.
        const usd = (
          await api.get(
            `/vendor/stats?from=${day(-1)}&to=${day(0)}&currency_code=USD`,
            alphaOwner
          )
        ).data.stats
        expect(usd.currencies).toEqual([
          {
            currency_code: "usd",
            totals: {
              orders: 0,
              units: 0,
              gross_sales: "0",
              average_order_value: "0",
              refunds: "0",
              commission: "0",
            },
            days: [
              { date: day(-1), ...zero },
              { date: day(0), ...zero },
            ],
          },
        ])
        const defaults = (await api.get("/vendor/stats", alphaOwner)).data.stats
        expect([
          defaults.from,
          defaults.to,
          defaults.currencies[0].days.length,
        ]).toEqual([day(-29), day(0), 30])
        expect(defaults.currencies[0].totals.orders).toBe(2)
        // Date-times count as their UTC day.
        const single = (
          await api.get(
            `/vendor/stats?from=${day(0)}T00:00:00Z&to=${day(0)}T23:59:59.999Z`,
            alphaOwner
          )
        ).data.stats
        expect(single.currencies[0].days).toEqual([eur.days[6]])
      })

      it("refuses malformed or unbounded periods with 400", async () => {
        const container = getContainer()
        const marketplace = await createMarketplace(
          container,
          SELLERS.slice(0, 1)
        )
        const owner = await memberLogin(
          api,
          container,
          marketplace.sellers[0].id,
          "owner@alpha.test",
          "owner"
        )
        const cases: [string, RegExp][] = [
          [`from=${day(0)}&to=${day(-1)}`, /from must not be after to/],
          [`from=${day(-366)}&to=${day(0)}`, /at most 366 days \(got 367\)/],
          ["from=2026-02-30&to=2026-03-01", /not a valid date/],
          ["from=yesterday", /ISO 8601 date/],
          [
            "from=9999-12-30&to=9999-12-31",
            /not between 1970-01-01 and 9998-12-31/,
          ],
          ["to=2026-13-01", /ISO 8601 date|not a valid date/],
          ["from=2026-01-01&from=2026-01-02", /.+/],
          ["currency_code=euro", /.+/],
          ["limit=10", /.+/],
        ]
        for (const [queryString, message] of cases) {
          const answer = await failure(
            api.get(`/vendor/stats?${queryString}`, owner)
          )
          expect({
            queryString,
            status: answer.status,
            type: answer.data.type,
          }).toEqual({ queryString, status: 400, type: "invalid_data" })
          expect(answer.data.message).toMatch(message)
        }
        // 366 days is the most a period may cover.
        const year = await api.get(
          `/vendor/stats?from=${day(-365)}&to=${day(0)}&currency_code=eur`,
          owner
        )
        expect(year.data.stats.currencies[0].days).toHaveLength(366)
        expect((await failure(api.get("/vendor/stats"))).status).toBe(401)
      })
    })
  },
})
