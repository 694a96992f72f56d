import type {
  CreateEventInput,
  CreateReviewInput,
  CreateUserInput,
  RecordType,
  SetRankInput,
  UpdateClaimInput,
  UpdateEventInput,
  UpdateUserInput,
} from "@factline/domain";
import { request } from "./client";
import type {
  Claim,
  ConflictWithClaims,
  Event,
  IngestAccepted,
  IngestDraft,
  Page,
  Queue,
  ResolveConflictBody,
  RevisionEntry,
  SignedIn,
  Source,
  User,
} from "./types";

// Every /admin/api path the UI uses lives here, so a contract change is a one-file edit.
const A = "/admin/api";
const id = (v: string) => encodeURIComponent(v);
const qs = (params: Record<string, string | number | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};

/** Input types as the user typed them (dates as text): what the API's zod schemas parse. */
type In<T> = { [K in keyof T]?: unknown };

const PLURAL: Record<"event" | "claim" | "source" | "actor", string> = {
  event: "events",
  claim: "claims",
  source: "sources",
  actor: "actors",
};

export const adminApi = {
  login: (email: string, password: string) =>
    request<SignedIn>("POST", `${A}/session`, { body: { email, password }, allow401: true }),
  logout: () => request<null>("DELETE", `${A}/session`),
  me: () => request<SignedIn>("GET", `${A}/me`),

  queue: () => request<Queue>("GET", `${A}/queue${qs({ limit: 100 })}`),

  listEvents: (f: { status?: string; q?: string; cursor?: string } = {}) =>
    request<Page<Event>>("GET", `${A}/events${qs({ ...f, limit: 50 })}`),
  getEvent: (eventId: string) => request<Event>("GET", `${A}/events/${id(eventId)}`),
  createEvent: (body: In<CreateEventInput>, idempotencyKey: string) =>
    request<Event>("POST", `${A}/events`, { body, idempotencyKey }),
  updateEvent: (eventId: string, body: In<UpdateEventInput>, version: number) =>
    request<Event>("PATCH", `${A}/events/${id(eventId)}`, { body, ifMatch: version }),

  listClaims: (f: { event?: string; status?: string; q?: string } = {}) =>
    request<Page<Claim>>("GET", `${A}/claims${qs({ ...f, limit: 100 })}`),
  getClaim: (claimId: string) => request<Claim>("GET", `${A}/claims/${id(claimId)}`),
  createClaim: (body: Record<string, unknown>, idempotencyKey: string) =>
    request<Claim>("POST", `${A}/claims`, { body, idempotencyKey }),
  updateClaim: (claimId: string, body: In<UpdateClaimInput>, version: number) =>
    request<Claim>("PATCH", `${A}/claims/${id(claimId)}`, { body, ifMatch: version }),
  addReview: (claimId: string, body: CreateReviewInput, version: number, idempotencyKey: string) =>
    request<Claim>("POST", `${A}/claims/${id(claimId)}/reviews`, {
      body,
      ifMatch: version,
      idempotencyKey,
    }),
  setRank: (claimId: string, body: SetRankInput, version: number) =>
    request<Claim>("PUT", `${A}/claims/${id(claimId)}/rank`, { body, ifMatch: version }),

  listActors: () =>
    request<Page<{ id: string; name: string }>>("GET", `${A}/actors${qs({ limit: 100 })}`),
  getActor: (actorId: string) =>
    request<{ id: string; name: string; kind: string }>("GET", `${A}/actors/${id(actorId)}`),
  listSources: () => request<Page<Source>>("GET", `${A}/sources${qs({ limit: 100 })}`),
  addEvidence: (
    claimId: string,
    body: Record<string, unknown>,
    version: number,
    idempotencyKey: string,
  ) =>
    request<{ evidenceId: string; claim: Claim }>("POST", `${A}/claims/${id(claimId)}/evidence`, {
      body,
      ifMatch: version,
      idempotencyKey,
    }),
  merge: (type: "event" | "claim", loserId: string, into: string, version: number) =>
    request<{ winner: Event | Claim; loser: Event | Claim }>(
      "POST",
      `${A}/${PLURAL[type]}/${id(loserId)}/merge`,
      { body: { into }, ifMatch: version },
    ),
  getSource: (sourceId: string) => request<Source>("GET", `${A}/sources/${id(sourceId)}`),

  transition: (type: "event" | "claim", recordId: string, to: string, version: number) =>
    request<Event | Claim>("POST", `${A}/${PLURAL[type]}/${id(recordId)}/transition`, {
      body: { to },
      ifMatch: version,
    }),

  revisions: (type: "event" | "claim" | "source" | "actor", recordId: string) =>
    request<Page<RevisionEntry>>("GET", `${A}/${PLURAL[type]}/${id(recordId)}/revisions`),
  restore: (
    type: Extract<RecordType, "event" | "claim" | "source" | "actor">,
    recordId: string,
    revisionId: string,
    version: number,
  ) =>
    request<Event | Claim>(
      "POST",
      `${A}/${PLURAL[type]}/${id(recordId)}/revisions/${id(revisionId)}/restore`,
      { ifMatch: version },
    ),

  conflicts: (event?: string) =>
    request<Page<ConflictWithClaims>>("GET", `${A}/conflicts${qs({ event })}`),
  resolveConflict: (body: ResolveConflictBody) =>
    request<{ conflict: ConflictWithClaims | null; updated: Claim[] }>(
      "POST",
      `${A}/conflicts/resolve`,
      { body },
    ),

  ingest: (
    body: { text?: string; html?: string; url?: string },
    idempotencyKey: string,
    signal?: AbortSignal,
  ) => request<IngestDraft>("POST", `${A}/ingest`, { body, idempotencyKey, signal }),
  acceptIngest: (ingestId: string, body: unknown, idempotencyKey: string) =>
    request<IngestAccepted>("POST", `${A}/ingest/${id(ingestId)}/accept`, {
      body,
      idempotencyKey,
    }),

  listUsers: () => request<Page<User>>("GET", `${A}/users`),
  createUser: (body: In<CreateUserInput>, idempotencyKey: string) =>
    request<User>("POST", `${A}/users`, { body, idempotencyKey }),
  updateUser: (userId: string, body: In<UpdateUserInput>, version: number) =>
    request<User>("PATCH", `${A}/users/${id(userId)}`, { body, ifMatch: version }),
};
