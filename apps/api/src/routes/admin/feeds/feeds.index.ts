import { createRouter } from "../../../lib/openapi";
import * as handlers from "./feeds.handlers";
import * as routes from "./feeds.routes";

export const adminFeedsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.poll, handlers.poll)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.items, handlers.items)
  .openapi(routes.retry, handlers.retry);
