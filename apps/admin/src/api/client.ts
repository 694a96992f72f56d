import type { FieldError, Problem } from "@factline/domain";

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

export type RequestOptions = {
  body?: unknown;
  /** The record version the user edited; sent as If-Match: "<version>". */
  ifMatch?: number;
  /** Sent on creates so a retried submission creates nothing twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** The login call handles its own 401 (wrong password) instead of redirecting. */
  allow401?: boolean;
};

let onUnauthenticated: () => void = () => {};

/** The session layer registers what a 401 does (go to the login page). */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

/** Calls the API on this origin and parses the JSON or problem+json answer. */
export async function request<T>(
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (opts.ifMatch !== undefined) headers["if-match"] = `"${opts.ifMatch}"`;
  if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: "same-origin",
      signal: opts.signal,
    });
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
  return { data: payload as T, etag: res.headers.get("etag"), status: res.status };
}

/** The version in an ETag (`"3"` or `W/"3"`), or null. */
export function versionFromEtag(etag: string | null): number | null {
  const m = etag ? /(\d+)"?\s*$/.exec(etag) : null;
  return m?.[1] ? Number(m[1]) : null;
}
