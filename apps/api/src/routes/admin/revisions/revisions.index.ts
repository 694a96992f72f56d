import { createRouter } from "../../../lib/openapi";
import * as handlers from "./revisions.handlers";
import * as routes from "./revisions.routes";

export const adminRevisionsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.restore, handlers.restore);
