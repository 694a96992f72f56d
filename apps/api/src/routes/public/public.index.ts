import { createRouter } from "../../lib/openapi";
import { actorsRouter } from "./actors/actors.index";
import { changesRouter } from "./changes/changes.index";
import { claimsRouter } from "./claims/claims.index";
import { eventsRouter } from "./events/events.index";
import { exportRouter } from "./export/export.index";
import { feedRouter } from "./feed/feed.index";
import { searchRouter } from "./search/search.index";
import { sourcesRouter } from "./sources/sources.index";

/**
 * Every public /v1 router but health (mounted on its own), chained so the app's type carries
 * each route; add a resource with one `.route("/", …)` line.
 */
export const publicRouter = createRouter()
  .route("/", eventsRouter)
  .route("/", claimsRouter)
  .route("/", sourcesRouter)
  .route("/", actorsRouter)
  .route("/", searchRouter)
  .route("/", changesRouter)
  .route("/", feedRouter)
  .route("/", exportRouter);
