import type { ErrorCode, FieldError, Problem } from "./types";

/**
 * A non-2xx answer from the API, always shaped as an RFC 9457 problem. The API sends
 * `application/problem+json` for every error; anything else (a proxy's HTML 502) is wrapped in
 * a problem with `code: undefined` so callers handle one error type.
 */
export class FactlineProblemError extends Error {
  override readonly name = "FactlineProblemError";
  /** The HTTP status. */
  readonly status: number;
  /** The API's error code, e.g. `validation_failed`, `not_found`, `rate_limited`. */
  readonly code: ErrorCode | undefined;
  /** The fields a request got wrong (`[{ path: "query.limit", message }]`); empty otherwise. */
  readonly errors: FieldError[];
  /** The server's request id, for a bug report. */
  readonly requestId: string | undefined;
  /** Seconds the server asked to wait (429/503 `Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  /** The whole problem document. */
  readonly problem: Problem;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfter = retryAfter;
  }
}

/** Reads a failed response into a `FactlineProblemError`. */
export async function toProblemError(res: Response): Promise<FactlineProblemError> {
  const retryAfter = retryAfterMs(res.headers.get("retry-after"));
  const seconds = retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000);
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("application/problem+json")) {
    return new FactlineProblemError((await res.json()) as Problem, seconds);
  }
  await res.body?.cancel();
  const problem = {
    type: "about:blank",
    title: res.statusText || `HTTP ${res.status}`,
    status: res.status,
    detail: `The server answered ${res.status} without a problem document`,
  } as Problem;
  return new FactlineProblemError(problem, seconds);
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
