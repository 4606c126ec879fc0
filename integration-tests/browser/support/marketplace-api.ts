/** The HTTP calls the suite makes besides the browser's: checks, and data a storefront or seller would create. */
export class MarketplaceApi {
  private adminToken?: string

  constructor(
    private readonly baseUrl: string,
    private readonly publishableKey: string
  ) {}

  async request<T>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; store?: boolean } = {}
  ): Promise<T> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
    }
    if (options.token) {
      headers.authorization = `Bearer ${options.token}`
    }
    if (options.store) {
      headers["x-publishable-api-key"] = this.publishableKey
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body:
        options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
    }
    return (text ? JSON.parse(text) : {}) as T
  }

  async loginAdmin(credentials: { email: string; password: string }) {
    const { token } = await this.request<{ token: string }>(
      "POST",
      "/auth/user/emailpass",
      { body: credentials }
    )
    this.adminToken = token
  }

  admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, path, { body, token: this.adminToken })
  }

  store<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, path, { body, store: true })
  }

  async sellerToken(email: string, password: string): Promise<string> {
    return (
      await this.request<{ token: string }>("POST", "/auth/seller/emailpass", {
        body: { email, password },
      })
    ).token
  }

  /** A new seller registration through the vendor API, as a seller would sign up. */
  async registerSeller(name: string, email: string, password: string) {
    const { token } = await this.request<{ token: string }>(
      "POST",
      "/auth/seller/emailpass/register",
      {
        body: { email, password },
      }
    )
    return this.request<{ seller: { id: string; status: string } }>(
      "POST",
      "/vendor/sellers",
      {
        body: { name, email, member: { name: `${name} owner` } },
        token,
      }
    )
  }
}
