import { createRouter } from "../../../lib/openapi";
import { getMe } from "./me.handlers";
import { getMe as getMeRoute } from "./me.routes";

export const meRouter = createRouter().openapi(getMeRoute, getMe);
