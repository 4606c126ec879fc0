import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SizeSigningS3FileService } from "./services/size-signing-s3-file"

export { SizeSigningS3FileService }
export type { SizedUploadUrlInput } from "./services/size-signing-s3-file"

export default ModuleProvider(Modules.FILE, {
  services: [SizeSigningS3FileService],
})
