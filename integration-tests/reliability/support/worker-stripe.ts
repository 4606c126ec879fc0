import {
  RecordedRequest,
  RecordingServer,
  Reply,
} from "../../utils/recording-server"

export type TransferForm = Record<string, string>
export type ExecutedTransfer = {
  id: string
  idempotency_key: string
  form: TransferForm
}
/** What Stripe does with a new transfer: refuse it (a stored 4xx) or make it, answering after `holdMs`. */
export type TransferDecision = {
  refuse?: { status: number; message: string }
  holdMs?: number
}

/**
 * A loopback Stripe that keeps Stripe's idempotency promise for `POST /v1/transfers`:
 * the first request with an Idempotency-Key decides (the transfer is made, or refused) and
 * that result is stored at once, whether or not the caller is still there to read the
 * answer; any later request with the key gets the stored answer back without a second
 * transfer (`Idempotent-Replayed: true`). `executed` is the money that moved.
 */
export class IdempotentStripe {
  readonly server: RecordingServer
  readonly executed: ExecutedTransfer[] = []
  private readonly results = new Map<string, Reply>()
  private readonly holds = new Set<() => void>()

  constructor(
    private readonly decide: (form: TransferForm) => TransferDecision
  ) {
    this.server = new RecordingServer((request) => this.reply(request))
  }

  get url(): string {
    return this.server.url
  }

  /** The `POST /v1/transfers` requests, in arrival order. */
  transferRequests(): { idempotency_key: string; form: TransferForm }[] {
    return this.server
      .to("/v1/transfers")
      .filter((request) => request.method === "POST")
      .map((request) => ({
        idempotency_key: String(request.headers["idempotency-key"] ?? ""),
        form: formOf(request),
      }))
  }

  async start(): Promise<this> {
    await this.server.start()
    return this
  }

  /** Answers every held request now (their callers may be long dead), then closes. */
  async stop(): Promise<void> {
    for (const release of this.holds) {
      release()
    }
    await this.server.stop()
  }

  private async reply(request: RecordedRequest): Promise<Reply> {
    if (request.path === "/v1/accounts") {
      const id = `acct_${this.server.to("/v1/accounts").length}`
      return {
        status: 200,
        body: {
          id,
          object: "account",
          payouts_enabled: false,
          details_submitted: false,
        },
      }
    }
    if (request.path === "/v1/account_links") {
      return {
        status: 200,
        body: {
          object: "account_link",
          url: "https://connect.stripe.test/setup",
        },
      }
    }
    if (request.method === "GET" && request.path.startsWith("/v1/transfers")) {
      // Stripe's transfer list, filtered by `transfer_group` as Stripe does.
      const group = new URL(
        request.path,
        "http://stripe.test"
      ).searchParams.get("transfer_group")
      return {
        status: 200,
        body: {
          object: "list",
          has_more: false,
          data: this.executed
            .filter((transfer) => transfer.form.transfer_group === group)
            .map((transfer) => ({
              id: transfer.id,
              object: "transfer",
              transfer_group: transfer.form.transfer_group,
              metadata: { payout_id: transfer.form["metadata[payout_id]"] },
              reversed: false,
            })),
        },
      }
    }
    if (request.path !== "/v1/transfers") {
      return { status: 404, body: { error: { message: "unknown endpoint" } } }
    }
    const key = request.headers["idempotency-key"]
    if (typeof key !== "string" || !key) {
      return {
        status: 400,
        body: { error: { message: "this loopback wants an Idempotency-Key" } },
      }
    }
    const stored = this.results.get(key)
    if (stored) {
      return { ...stored, headers: { "idempotent-replayed": "true" } }
    }
    const form = formOf(request)
    const decision = this.decide(form)
    let result: Reply
    if (decision.refuse) {
      result = {
        status: decision.refuse.status,
        body: {
          error: {
            type: "invalid_request_error",
            message: decision.refuse.message,
          },
        },
      }
    } else {
      const transfer = {
        id: `tr_${this.executed.length + 1}`,
        idempotency_key: key,
        form,
      }
      this.executed.push(transfer)
      result = {
        status: 200,
        body: {
          id: transfer.id,
          object: "transfer",
          amount: Number(form.amount),
          currency: form.currency,
        },
      }
    }
    this.results.set(key, result)
    if (decision.holdMs) {
      await this.hold(decision.holdMs)
    }
    return result
  }

  private hold(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer)
        this.holds.delete(release)
        resolve()
      }
      const timer = setTimeout(release, ms)
      this.holds.add(release)
    })
  }
}

function formOf(request: RecordedRequest): TransferForm {
  return Object.fromEntries(new URLSearchParams(request.rawBody))
}
