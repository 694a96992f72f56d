import { createRouter } from "../../../lib/openapi";
import * as handlers from "./actors.handlers";
import * as routes from "./actors.routes";

export const adminActorsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove);
