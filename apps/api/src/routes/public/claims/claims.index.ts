import { createRouter } from "../../../lib/openapi";
import * as handlers from "./claims.handlers";
import * as routes from "./claims.routes";

export const claimsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.detail, handlers.detail);
