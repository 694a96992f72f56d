import { createRouter } from "../../../lib/openapi";
import * as handlers from "./conflicts.handlers";
import * as routes from "./conflicts.routes";

export const adminConflictsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.resolve, handlers.resolve);
