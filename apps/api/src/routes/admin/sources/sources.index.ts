import { createRouter } from "../../../lib/openapi";
import * as handlers from "./sources.handlers";
import * as routes from "./sources.routes";

export const adminSourcesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove);
