import { createRouter } from "../../../lib/openapi";
import * as handlers from "./events.handlers";
import * as routes from "./events.routes";

export const adminEventsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.transition, handlers.transition);
