/**
 * The admin extensions' browser helpers the panel shares (no i18n, no dashboard code):
 * the same money/date formats, API-error-to-field mapping, URL-kept list state and sections.
 */
export { showApiError } from "../../../src/admin/lib/api-errors"
export {
  formatDate,
  formatDateTime,
  formatMoney,
  humanize,
} from "../../../src/admin/lib/format"
export { useListParams } from "../../../src/admin/hooks/use-list-params"
export { EmptyRow, Field, Section } from "../../../src/admin/components/section"
export { FormField } from "../../../src/admin/components/form-field"
