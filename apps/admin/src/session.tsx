import { type Action, can, type Role } from "@factline/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { adminApi } from "./api/admin";
import { ApiProblem, setUnauthenticatedHandler } from "./api/client";
import type { User } from "./api/contract";
import { currentPath, navigate } from "./router";

type SessionState = {
  user: User | null;
  /** True until the first GET /me answers. */
  checking: boolean;
  setUser: (user: User | null) => void;
  logout: () => Promise<void>;
  /** Whether the signed-in user's role may do `action` (the domain's rule table). */
  can: (action: Action) => boolean;
  role: Role | null;
};

const SessionContext = createContext<SessionState | null>(null);

function toLogin() {
  const here = currentPath();
  if (here === "/login") return;
  const next = here === "/" ? "" : `?next=${encodeURIComponent(here + window.location.search)}`;
  navigate(`/login${next}`, { replace: true });
}

/** Holds the signed-in user; a 401 from any call clears it and goes to the login page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setUser(null);
      toLogin();
    });
    adminApi
      .me()
      .then((r) => setUser(r.data.user))
      .catch((err: unknown) => {
        if (!(err instanceof ApiProblem) || err.status !== 401) console.error(err);
      })
      .finally(() => setChecking(false));
  }, []);

  const logout = useCallback(async () => {
    try {
      await adminApi.logout();
    } finally {
      setUser(null);
      navigate("/login", { replace: true });
    }
  }, []);

  const value: SessionState = {
    user,
    checking,
    setUser,
    logout,
    role: user?.role ?? null,
    can: (action) => (user ? can(user.role, action) : false),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/** The signed-in user; only for pages rendered behind the login check. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}
