import type { AxiosInstance } from "axios"
import type {
  AdminReconcileResponse,
  ReconcileReport,
} from "../../src/types/http"

/** `POST /admin/reconcile` as an admin; a non-2xx answer becomes an error naming its status and body. */
export async function runReconcile(
  api: AxiosInstance,
  admin: { headers: { authorization: string } }
): Promise<ReconcileReport> {
  const { data } = await api
    .post<AdminReconcileResponse>("/admin/reconcile", {}, admin)
    .catch((error: { response?: { status: number; data: unknown } }) => {
      // An axios error holds its request and response, which jest cannot report.
      throw new Error(
        `POST /admin/reconcile → ${error.response?.status}: ${JSON.stringify(error.response?.data)}`
      )
    })
  return data.reconciliation
}
