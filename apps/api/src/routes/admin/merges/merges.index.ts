import { createRouter } from "../../../lib/openapi";
import * as handlers from "./merges.handlers";
import * as routes from "./merges.routes";

export const adminMergesRouter = createRouter()
  .openapi(routes.mergeEvent, handlers.mergeEvent)
  .openapi(routes.mergeClaim, handlers.mergeClaim);
