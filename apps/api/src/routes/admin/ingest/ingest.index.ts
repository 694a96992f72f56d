import { createRouter } from "../../../lib/openapi";
import * as handlers from "./ingest.handlers";
import * as routes from "./ingest.routes";

export const adminIngestRouter = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.accept, handlers.accept);
