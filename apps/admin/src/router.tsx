import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

// The SPA lives under /admin (vite `base`); routes are written without the prefix.
export const BASE = "/admin";

const listeners = new Set<() => void>();
function emit() {
  for (const l of listeners) l();
}
if (typeof window !== "undefined") window.addEventListener("popstate", emit);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The app path without the /admin prefix: "/events/evt_…", "/" for the dashboard. */
export function currentPath(): string {
  const p = window.location.pathname;
  const rest = p.startsWith(BASE) ? p.slice(BASE.length) : p;
  return rest === "" ? "/" : rest;
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/** Re-renders on navigation; returns the app path and the query string. */
export function useLocation(): { path: string; search: URLSearchParams } {
  useSyncExternalStore(subscribe, snapshot);
  return { path: currentPath(), search: new URLSearchParams(window.location.search) };
}

/** Moves to an app path ("/events") with the History API. */
export function navigate(to: string, opts: { replace?: boolean } = {}) {
  const url = to.startsWith(BASE) ? to : `${BASE}${to}`;
  if (opts.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.scrollTo(0, 0);
  emit();
}

/** Matches "/events/:id" against a path; returns the params or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split("/").filter(Boolean);
  const b = path.split("/").filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    const seg = a[i] as string;
    const val = b[i] as string;
    if (seg.startsWith(":")) params[seg.slice(1)] = decodeURIComponent(val);
    else if (seg !== val) return null;
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

/** An ordinary link (open in new tab works) that navigates in-app on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const href = to.startsWith(BASE) ? to : `${BASE}${to}`;
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(href);
  };
  const current = currentPath() === (href.slice(BASE.length) || "/");
  return <a href={href} aria-current={current ? "page" : undefined} onClick={handle} {...rest} />;
}
