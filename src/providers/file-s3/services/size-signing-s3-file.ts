import { PutObjectCommand } from "@aws-sdk/client-s3"
import { getSignedUrl } from "@aws-sdk/s3-request-presigner"
import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import type { FileTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** Seconds an upload URL stays valid (Medusa's S3 provider's default). */
const UPLOAD_URL_TTL_SECONDS = 60 * 60

/** An upload URL request that declares the file's exact size in bytes. */
export type SizedUploadUrlInput = FileTypes.ProviderGetPresignedUploadUrlDTO & {
  size?: number
}

/**
 * Medusa's S3 file provider, whose upload URLs can bind the file's type and size. Given a
 * `size` (and `mimeType`), the presigned `PUT` signs `Content-Length` and `Content-Type`
 * (SigV4 signed headers): the storage server refuses, with `SignatureDoesNotMatch`, any
 * upload whose body has another length or that declares another type. So a file is
 * stored only as the limits accepted it before signing. Without a `size` (Medusa's own
 * admin route) the URL is Medusa's.
 */
export class SizeSigningS3FileService extends S3FileService {
  static identifier = "s3"

  async getPresignedUploadUrl(
    fileData: SizedUploadUrlInput
  ): Promise<FileTypes.ProviderFileResultDTO> {
    if (fileData.size === undefined) {
      return super.getPresignedUploadUrl(fileData)
    }
    if (!Number.isInteger(fileData.size) || fileData.size <= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `An upload URL needs the file's size in bytes (got ${fileData.size})`
      )
    }
    if (!fileData.mimeType) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An upload URL for a sized file needs its MIME type"
      )
    }
    // Medusa's URL is signed locally and dropped: only its key (and its sanitizing) is kept.
    const { key } = await super.getPresignedUploadUrl(fileData)
    const command = new PutObjectCommand({
      Bucket: this.config_.bucket,
      Key: key,
      ContentType: fileData.mimeType,
      ContentLength: fileData.size,
      ACL: fileData.access ? this.resolveAcl(fileData.access) : undefined,
    })
    return {
      key,
      url: await getSignedUrl(this.client_, command, {
        expiresIn: fileData.expiresIn ?? UPLOAD_URL_TTL_SECONDS,
        signableHeaders: new Set(["content-type", "content-length"]),
      }),
    }
  }
}
