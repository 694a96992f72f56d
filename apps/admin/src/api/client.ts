import type { AppType } from "@factline/api";
import type { FieldError, Problem } from "@factline/domain";
import { type ClientResponse, hc } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";

/**
 * The API's own client for /admin/api: paths, parameters, bodies and answers all come from the
 * Worker's route contracts (`AppType`), so a contract change that the UI does not follow fails
 * `pnpm typecheck`. Same origin, so the session cookie goes along.
 */
export const api = hc<AppType>("/", {
  headers: { accept: "application/json" },
  init: { credentials: "same-origin" },
  // Every successful write is announced, so cached lists (queue, claims…) are refreshed
  // whichever page made it; pages need not remember to do it.
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await fetch(input, init);
    const method = (init?.method ?? "GET").toUpperCase();
    if (res.ok && method !== "GET" && method !== "HEAD") onWrite();
    return res;
  },
}).admin.api;

let onWrite: () => void = () => {};

/** The query layer registers what a successful write does (mark cached lists stale). */
export function setWriteHandler(handler: () => void) {
  onWrite = handler;
}

/** A failed API call: the problem+json the API answered with, and its field errors by path. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | null;
  /** Field errors keyed by the field's path without its location: "title", "actors.0.role". */
  readonly fieldErrors: Record<string, string>;
  /** Field errors that name no body field (headers, path parameters). */
  readonly otherErrors: FieldError[];

  constructor(status: number, problem: Problem | null, fallback: string) {
    super(problem?.detail || problem?.title || fallback);
    this.name = "ApiProblem";
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? "network" : "unknown");
    this.problem = problem;
    this.fieldErrors = {};
    this.otherErrors = [];
    for (const e of problem?.errors ?? []) {
      if (e.path.startsWith("body.")) {
        const key = e.path.slice("body.".length);
        this.fieldErrors[key] ??= e.message;
      } else {
        this.otherErrors.push(e);
      }
    }
  }

  /** True when nothing came back (offline, connection reset): the same request may be retried. */
  get retriable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** The response and the version its ETag carries (for If-Match on the next update). */
export type ApiResult<T> = { data: T; etag: string | null; status: number };

/** The JSON body of a route's successful answers (2xx), from a client call's response type. */
export type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F>
    ? S extends SuccessStatusCode
      ? T
      : never
    : never;

/** What a client call takes as its first argument (`param`, `query`, `json`). */
export type Args<F extends (...args: never[]) => Promise<unknown>> = NonNullable<Parameters<F>[0]>;

let onUnauthenticated: () => void = () => {};

/** The session layer registers what a 401 does (go to the login page). */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

/**
 * Awaits a typed client call and parses its JSON or problem+json answer: a failure becomes an
 * `ApiProblem` (status 0 when nothing came back), a 401 also triggers the sign-in redirect
 * unless the caller handles it (the login form does).
 */
export async function send<R extends ClientResponse<unknown, number, string>>(
  call: Promise<R>,
  opts: { allow401?: boolean } = {},
): Promise<ApiResult<SuccessBody<R>>> {
  let res: R;
  try {
    res = await call;
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiProblem(0, null, "Could not reach the server; check the connection and retry");
  }
  const type = res.headers.get("content-type") ?? "";
  const payload: unknown =
    res.status === 204 || !type.includes("json") ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const problem = isProblem(payload) ? payload : null;
    if (res.status === 401 && !opts.allow401) onUnauthenticated();
    throw new ApiProblem(res.status, problem, `${res.status} ${res.statusText}`);
  }
  return { data: payload as SuccessBody<R>, etag: res.headers.get("etag"), status: res.status };
}

/**
 * If-Match with the version the user edited. (Idempotency-Key is part of each create route's
 * contract, so it goes in the call's typed `header`.)
 */
export function headers(h: { ifMatch: number }): Record<string, string> {
  return { "if-match": `"${h.ifMatch}"` };
}
