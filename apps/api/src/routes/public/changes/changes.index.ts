import { createRouter } from "../../../lib/openapi";
import * as handlers from "./changes.handlers";
import * as routes from "./changes.routes";

export const changesRouter = createRouter().openapi(routes.changes, handlers.changes);
