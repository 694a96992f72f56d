import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { SESSION_ABSOLUTE_MS } from "./session-policy";

const BASE_NAME = "factline_session";

function isLocalHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/**
 * Over https (anything but a local dev host) the cookie is `__Host-` prefixed and Secure: the
 * prefix makes browsers refuse it unless Secure, host-only and Path=/, so a sibling subdomain
 * cannot plant or shadow it.
 */
function cookieNameFor(url: URL): { name: string; secure: boolean } {
  const secure = url.protocol === "https:" && !isLocalHost(url.hostname);
  return { name: secure ? `__Host-${BASE_NAME}` : BASE_NAME, secure };
}

/** The session token the request carries, if any. */
export function readSessionCookie(c: Context): string | undefined {
  const { name } = cookieNameFor(new URL(c.req.url));
  return getCookie(c, name);
}

/** Sets the session cookie: HttpOnly so scripts cannot read it, SameSite=Lax against CSRF. */
export function writeSessionCookie(c: Context, token: string): void {
  const { name, secure } = cookieNameFor(new URL(c.req.url));
  setCookie(c, name, token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

/** Expires the session cookie in the browser. */
export function clearSessionCookie(c: Context): void {
  const { name, secure } = cookieNameFor(new URL(c.req.url));
  deleteCookie(c, name, { path: "/", secure, httpOnly: true, sameSite: "Lax" });
}
