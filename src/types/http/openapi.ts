import { z } from "@medusajs/framework/zod"

/** The OpenAPI 3.1 document of these routes (docs/openapi.json). */
export const OpenApiDocumentResponse = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
})
export type OpenApiDocumentResponse = z.infer<typeof OpenApiDocumentResponse>
