import { createRouter } from "../../../lib/openapi";
import * as handlers from "./reviews.handlers";
import * as routes from "./reviews.routes";

export const adminReviewsRouter = createRouter().openapi(routes.create, handlers.create);
