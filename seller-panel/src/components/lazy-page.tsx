import { lazy, Suspense, type ComponentType, type ReactElement } from "react"
import { LoadingState } from "./states"

/**
 * A page loaded with its own chunk when first opened (the loading state meanwhile), so the
 * first screen downloads only the shell and the page it shows. Pages are named exports.
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  name: keyof Module
): ReactElement {
  const Page = lazy(async () => ({
    default: (await load())[name] as ComponentType,
  }))
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  )
}
