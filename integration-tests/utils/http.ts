import type { AxiosError, AxiosResponse } from "axios"

/** The response of a request that must fail with an HTTP status (never a network error). */
export async function failure(request: Promise<AxiosResponse>): Promise<AxiosResponse> {
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
