import { createRouter } from "../../../lib/openapi";
import * as handlers from "./export.handlers";
import * as routes from "./export.routes";

export const exportRouter = createRouter().openapi(routes.exportAll, handlers.exportAll);
