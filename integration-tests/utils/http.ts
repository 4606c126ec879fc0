import type { AxiosError, AxiosInstance, AxiosResponse } from "axios"

/** The response of a request that must fail with an HTTP status (never a network error). */
export async function failure(
  request: Promise<AxiosResponse>
): Promise<AxiosResponse> {
  try {
    const response = await request
    throw new Error(`expected an HTTP error, got ${response.status}`)
  } catch (error) {
    const response = (error as AxiosError).response
    if (!response) {
      throw error
    }
    return response
  }
}

/**
 * Unexpected HTTP errors as plain errors naming the request and the answer. An AxiosError
 * holds its circular request and response objects, which kill the jest worker that tries
 * to report the failed test; this keeps `error.response` (status, data, headers) for
 * `failure()` and tells what went wrong.
 */
export function readableHttpErrors(api: AxiosInstance): void {
  api.interceptors.response.use(undefined, (error: AxiosError) => {
    const { config, response } = error
    if (!response) {
      throw error
    }
    const readable = new Error(
      `${config?.method?.toUpperCase()} ${config?.url} answered ${response.status}: ${JSON.stringify(response.data)}`
    ) as Error & {
      response: Pick<AxiosResponse, "status" | "data" | "headers">
    }
    readable.response = {
      status: response.status,
      data: response.data,
      headers: { ...response.headers },
    }
    throw readable
  })
}
