import type { VersionedRecordType, WorkflowEntity, WorkflowState } from "@factline/domain";
import { type Args, api, headers, send } from "./client";

// Every /admin/api call the UI makes lives here, over the typed client: a contract change is a
// type error here or at the call site, never a silent drift.

/** A path parameter: the client puts values into the path as they are. */
const id = (v: string) => encodeURIComponent(v);

/** Drops empty filters, so `?q=` is never sent. */
function filters<T extends Record<string, string | number | undefined | null>>(f: T) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f))
    if (v !== undefined && v !== null && v !== "") out[k] = String(v);
  return out;
}

const PLURAL = {
  event: "events",
  claim: "claims",
  source: "sources",
  actor: "actors",
} as const satisfies Record<VersionedRecordType, string>;

type Json<F extends (...args: never[]) => Promise<unknown>> =
  Args<F> extends { json: infer J } ? J : never;

const listUsersPage = (cursor?: string) =>
  send(api.users.$get({ query: { limit: "200", ...(cursor ? { cursor } : {}) } }));

export const adminApi = {
  login: (email: string, password: string) =>
    send(api.session.$post({ json: { email, password } }), { allow401: true }),
  logout: () => send(api.session.$delete()),
  me: () => send(api.me.$get()),

  queue: () => send(api.queue.$get({ query: { limit: "100" } })),

  listEvents: (f: { status?: string; q?: string; cursor?: string } = {}) =>
    send(api.events.$get({ query: filters({ ...f, limit: 50 }) })),
  getEvent: (eventId: string) => send(api.events[":id"].$get({ param: { id: id(eventId) } })),
  createEvent: (body: Json<typeof api.events.$post>, idempotencyKey: string) =>
    send(api.events.$post({ json: body, header: { "idempotency-key": idempotencyKey } })),
  updateEvent: (
    eventId: string,
    body: Json<(typeof api.events)[":id"]["$patch"]>,
    version: number,
  ) =>
    send(
      api.events[":id"].$patch(
        { param: { id: id(eventId) }, json: body },
        { headers: headers({ ifMatch: version }) },
      ),
    ),

  listClaims: (f: { event?: string; source?: string; status?: string; q?: string } = {}) =>
    send(api.claims.$get({ query: filters({ ...f, limit: 100 }) })),
  getClaim: (claimId: string) => send(api.claims[":id"].$get({ param: { id: id(claimId) } })),
  createClaim: (body: Json<typeof api.claims.$post>, idempotencyKey: string) =>
    send(api.claims.$post({ json: body, header: { "idempotency-key": idempotencyKey } })),
  updateClaim: (
    claimId: string,
    body: Json<(typeof api.claims)[":id"]["$patch"]>,
    version: number,
  ) =>
    send(
      api.claims[":id"].$patch(
        { param: { id: id(claimId) }, json: body },
        { headers: headers({ ifMatch: version }) },
      ),
    ),
  addReview: (
    claimId: string,
    body: Json<(typeof api.claims)[":id"]["reviews"]["$post"]>,
    version: number,
    idempotencyKey: string,
  ) =>
    send(
      api.claims[":id"].reviews.$post(
        { param: { id: id(claimId) }, json: body, header: { "idempotency-key": idempotencyKey } },
        { headers: headers({ ifMatch: version }) },
      ),
    ),
  setRank: (
    claimId: string,
    body: Json<(typeof api.claims)[":id"]["rank"]["$put"]>,
    version: number,
  ) =>
    send(
      api.claims[":id"].rank.$put(
        { param: { id: id(claimId) }, json: body },
        { headers: headers({ ifMatch: version }) },
      ),
    ),

  listActors: () => send(api.actors.$get({ query: { limit: "100" } })),
  getActor: (actorId: string) => send(api.actors[":id"].$get({ param: { id: id(actorId) } })),
  listSources: (f: { embeddedIn?: string } = {}) =>
    send(api.sources.$get({ query: filters({ ...f, limit: 100 }) })),
  getSource: (sourceId: string) => send(api.sources[":id"].$get({ param: { id: id(sourceId) } })),
  addEvidence: (
    claimId: string,
    body: Json<(typeof api.claims)[":id"]["evidence"]["$post"]>,
    version: number,
    idempotencyKey: string,
  ) =>
    send(
      api.claims[":id"].evidence.$post(
        { param: { id: id(claimId) }, json: body, header: { "idempotency-key": idempotencyKey } },
        { headers: headers({ ifMatch: version }) },
      ),
    ),
  merge: async (type: WorkflowEntity, loserId: string, into: string, version: number) => {
    const args = { param: { id: id(loserId) }, json: { into } };
    const opts = { headers: headers({ ifMatch: version }) };
    return type === "event"
      ? await send(api.events[":id"].merge.$post(args, opts))
      : await send(api.claims[":id"].merge.$post(args, opts));
  },

  transition: async <E extends WorkflowEntity>(
    type: E,
    recordId: string,
    to: WorkflowState<E>,
    version: number,
  ) => {
    const opts = { headers: headers({ ifMatch: version }) };
    const param = { id: id(recordId) };
    // `type` narrows E's value but not `to`'s type: the two are tied by the signature.
    return type === "event"
      ? await send(
          api.events[":id"].transition.$post(
            { param, json: { to: to as WorkflowState<"event"> } },
            opts,
          ),
        )
      : await send(
          api.claims[":id"].transition.$post(
            { param, json: { to: to as WorkflowState<"claim"> } },
            opts,
          ),
        );
  },

  revisions: (type: VersionedRecordType, recordId: string) =>
    send(api[":type"][":id"].revisions.$get({ param: { type: PLURAL[type], id: id(recordId) } })),
  restore: (type: VersionedRecordType, recordId: string, revisionId: string, version: number) =>
    send(
      api[":type"][":id"].revisions[":revId"].restore.$post(
        { param: { type: PLURAL[type], id: id(recordId), revId: id(revisionId) }, json: {} },
        { headers: headers({ ifMatch: version }) },
      ),
    ),

  /** Writes after the revision `after` (every status), for noticing a colleague's edit. */
  changes: (after?: string) => send(api.changes.$get({ query: filters({ after, limit: 200 }) })),

  conflicts: (event?: string) => send(api.conflicts.$get({ query: filters({ event }) })),
  resolveConflict: (body: Json<typeof api.conflicts.resolve.$post>) =>
    send(api.conflicts.resolve.$post({ json: body })),

  ingest: (body: Json<typeof api.ingest.$post>, idempotencyKey: string, signal?: AbortSignal) =>
    send(
      api.ingest.$post(
        { json: body, header: { "idempotency-key": idempotencyKey } },
        { init: { signal } },
      ),
    ),
  /** The accepted ingest that created a source, if one did (seeded sources have none). */
  ingestOfSource: (sourceId: string) =>
    send(api.ingest.$get({ query: filters({ status: "accepted", source: sourceId, limit: 1 }) })),
  getIngest: (ingestId: string) => send(api.ingest[":id"].$get({ param: { id: id(ingestId) } })),
  acceptIngest: (
    ingestId: string,
    body: Json<(typeof api.ingest)[":id"]["accept"]["$post"]>,
    idempotencyKey: string,
  ) =>
    send(
      api.ingest[":id"].accept.$post({
        param: { id: id(ingestId) },
        json: body,
        header: { "idempotency-key": idempotencyKey },
      }),
    ),

  /** Every account: the API pages them (200 at most per request); the screen shows them all. */
  listUsers: async () => {
    const first = await listUsersPage();
    const data = [...first.data.data];
    let next = first.data.next;
    while (next) {
      const page = await listUsersPage(next);
      data.push(...page.data.data);
      next = page.data.next;
    }
    return { ...first, data: { data, next: null } };
  },
  listFeeds: () => send(api.feeds.$get()),
  createFeed: (body: Json<typeof api.feeds.$post>) => send(api.feeds.$post({ json: body })),
  pollFeed: (feedId: string) => send(api.feeds[":id"].poll.$post({ param: { id: id(feedId) } })),
  listFeedItems: (f: { feedId?: string; status?: "queued" | "drafted" | "duplicate" | "dead" }) =>
    send(api["feed-items"].$get({ query: filters({ ...f, limit: 100 }) })),
  retryFeedItem: (itemId: string) =>
    send(api["feed-items"][":id"].retry.$post({ param: { id: id(itemId) } })),

  listWebhooks: () => send(api.webhooks.$get()),
  createWebhook: (body: Json<typeof api.webhooks.$post>) =>
    send(api.webhooks.$post({ json: body })),
  sendWebhookTest: (endpointId: string) =>
    send(api.webhooks[":id"].test.$post({ param: { id: id(endpointId) } })),
  listWebhookDeliveries: (endpointId: string) =>
    send(
      api.webhooks[":id"].deliveries.$get({
        param: { id: id(endpointId) },
        query: filters({ limit: 50 }),
      }),
    ),

  createUser: (body: Json<typeof api.users.$post>, idempotencyKey: string) =>
    send(api.users.$post({ json: body, header: { "idempotency-key": idempotencyKey } })),
  updateUser: (userId: string, body: Json<(typeof api.users)[":id"]["$patch"]>, version: number) =>
    send(
      api.users[":id"].$patch(
        { param: { id: id(userId) }, json: body },
        { headers: headers({ ifMatch: version }) },
      ),
    ),
};

/** What a call in `adminApi` answers with on success. */
export type Data<K extends keyof typeof adminApi> = Awaited<
  ReturnType<(typeof adminApi)[K]>
>["data"];
