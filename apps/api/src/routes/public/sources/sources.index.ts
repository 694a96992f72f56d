import { createRouter } from "../../../lib/openapi";
import * as handlers from "./sources.handlers";
import * as routes from "./sources.routes";

export const sourcesRouter = createRouter().openapi(routes.detail, handlers.detail);
