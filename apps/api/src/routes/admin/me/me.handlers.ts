import type { RouteHandler } from "@hono/zod-openapi";
import { findLiveSession } from "../../../db/queries/sessions";
import { toUser } from "../../../db/queries/users";
import type { AppEnv } from "../../../env";
import { currentUser } from "../../../middleware/require-user";
import { unauthenticated } from "../../../middleware/session";
import type { GetMeRoute } from "./me.routes";

export const getMe: RouteHandler<GetMeRoute, AppEnv> = async (c) => {
  const me = currentUser(c);
  // Read again (not from the context) for the full user and the session's current expiry.
  const live = await findLiveSession(c.get("db"), me.sessionId, new Date());
  if (!live) throw unauthenticated();
  return c.json(
    { user: toUser(live.user), session: { id: me.sessionId, expiresAt: live.session.expiresAt } },
    200,
  );
};
