import { createRouter } from "../../../lib/openapi";
import * as handlers from "./queue.handlers";
import * as routes from "./queue.routes";

export const adminQueueRouter = createRouter().openapi(routes.get, handlers.get);
