import { actorsRouter } from "./actors/actors.index";
import { changesRouter } from "./changes/changes.index";
import { claimsRouter } from "./claims/claims.index";
import { eventsRouter } from "./events/events.index";
import { exportRouter } from "./export/export.index";
import { feedRouter } from "./feed/feed.index";
import { searchRouter } from "./search/search.index";
import { sourcesRouter } from "./sources/sources.index";

/** Every public /v1 router (health is mounted on its own). */
export const publicRouters = [
  eventsRouter,
  claimsRouter,
  sourcesRouter,
  actorsRouter,
  searchRouter,
  changesRouter,
  feedRouter,
  exportRouter,
];
