import { useTranslation } from "react-i18next"

/** A translated breadcrumb label (route handles are plain functions, not components). */
export const TranslatedCrumb = ({ label }: { label: string }) => {
  const { t } = useTranslation()
  return <span>{t(label)}</span>
}
