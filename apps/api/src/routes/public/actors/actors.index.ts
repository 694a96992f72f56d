import { createRouter } from "../../../lib/openapi";
import * as handlers from "./actors.handlers";
import * as routes from "./actors.routes";

export const actorsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.detail, handlers.detail);
