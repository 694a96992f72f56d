import { createRouter } from "../../../lib/openapi";
import * as handlers from "./evidence.handlers";
import * as routes from "./evidence.routes";

export const adminEvidenceRouter = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.remove, handlers.remove);
