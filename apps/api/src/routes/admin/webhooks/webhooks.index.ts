import { createRouter } from "../../../lib/openapi";
import * as handlers from "./webhooks.handlers";
import * as routes from "./webhooks.routes";

export const adminWebhooksRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.deliveries, handlers.deliveries)
  .openapi(routes.sendTest, handlers.sendTest);
