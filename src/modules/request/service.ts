import { MedusaService } from "@medusajs/framework/utils"
import { Request } from "./models/request"

export default class RequestModuleService extends MedusaService({ Request }) {}
