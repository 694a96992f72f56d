import { createRouter } from "../../lib/openapi";
import { csrfProtection } from "../../middleware/csrf";
import { requireSession } from "../../middleware/session";
import { dispatchWebhooksAfterWrites } from "../../middleware/webhook-dispatch";
import { adminActorsRouter } from "./actors/actors.index";
import { adminChangesRouter } from "./changes/changes.index";
import { adminClaimsRouter } from "./claims/claims.index";
import { adminConflictsRouter } from "./conflicts/conflicts.index";
import { adminEventsRouter } from "./events/events.index";
import { adminEvidenceRouter } from "./evidence/evidence.index";
import { adminFeedsRouter } from "./feeds/feeds.index";
import { adminIngestRouter } from "./ingest/ingest.index";
import { meRouter } from "./me/me.index";
import { adminMergesRouter } from "./merges/merges.index";
import { adminQueueRouter } from "./queue/queue.index";
import { adminReviewsRouter } from "./reviews/reviews.index";
import { adminRevisionsRouter } from "./revisions/revisions.index";
import { sessionRouter } from "./session/session.index";
import { adminSourcesRouter } from "./sources/sources.index";
import { usersRouter } from "./users/users.index";
import { adminWebhooksRouter } from "./webhooks/webhooks.index";

/**
 * Everything under /admin/api. Order matters: the CSRF check runs on every write (login
 * included, against login CSRF), then every route but `POST /session` needs a live session.
 * Sub-routers define paths relative to /admin/api; add new ones with one `.route("/", …)` line
 * (chained, so the app's type, the admin UI's client contract, carries them).
 */
const adminApi = createRouter();

// Outermost: it runs after the write has answered, so refused requests never dispatch.
adminApi.use("*", dispatchWebhooksAfterWrites);
adminApi.use("*", csrfProtection);
adminApi.use("*", async (c, next) => {
  const isLogin = c.req.method === "POST" && new URL(c.req.url).pathname === "/admin/api/session";
  return isLogin ? next() : requireSession(c, next);
});

export const adminApiRouter = adminApi
  .route("/", sessionRouter)
  .route("/", meRouter)
  .route("/", usersRouter)
  .route("/", adminEventsRouter)
  .route("/", adminClaimsRouter)
  .route("/", adminSourcesRouter)
  .route("/", adminActorsRouter)
  .route("/", adminEvidenceRouter)
  .route("/", adminReviewsRouter)
  .route("/", adminMergesRouter)
  .route("/", adminConflictsRouter)
  .route("/", adminQueueRouter)
  .route("/", adminIngestRouter)
  .route("/", adminFeedsRouter)
  .route("/", adminWebhooksRouter)
  .route("/", adminChangesRouter)
  // Last of ours: /{type}/{id}/revisions is a pattern, so concrete paths above win.
  .route("/", adminRevisionsRouter);
