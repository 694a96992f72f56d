import { createRouter } from "../../../lib/openapi";
import * as handlers from "./claims.handlers";
import * as routes from "./claims.routes";

export const adminClaimsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.transition, handlers.transition)
  .openapi(routes.rank, handlers.rank);
