import en from "./json/en.json"

/** Merged into the dashboard's own resources; every key lives under "marketplace". */
export default {
  en: { translation: en },
}
