import type { Role } from "@factline/domain";
import type { Database } from "./db/types";

/** The signed-in user, as the session middleware puts it on the context. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
};

/** Hono's environment for this Worker: the bindings from wrangler.jsonc and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Database;
    requestId: string;
    user?: SessionUser;
    /** The Idempotency-Key this request reserved, settled by its write batch. */
    idempotency?: { userId: string; key: string };
  };
};
