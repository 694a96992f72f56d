import { createRouter } from "../../../lib/openapi";
import * as handlers from "./session.handlers";
import * as routes from "./session.routes";

export const sessionRouter = createRouter()
  .openapi(routes.login, handlers.login)
  .openapi(routes.logout, handlers.logout)
  .openapi(routes.listSessions, handlers.listSessions)
  .openapi(routes.revokeSession, handlers.revokeSession);
