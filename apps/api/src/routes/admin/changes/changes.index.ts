import { createRouter } from "../../../lib/openapi";
import * as handlers from "./changes.handlers";
import * as routes from "./changes.routes";

export const adminChangesRouter = createRouter().openapi(routes.list, handlers.list);
