import {
  type Actor,
  type CreateActorInput,
  newId,
  type RevisionAction,
  type UpdateActorInput,
} from "@factline/domain";
import { and, eq } from "drizzle-orm";
import { ApiError, notFound } from "../../../lib/api-error";
import type { Database } from "../../client";
import { actorsTable } from "../../schema";
import { runWrite, type Statements, staleVersion } from "./batch";
import { changeInsert, revisionInsert, type WriteContext } from "./context";
import { versionGuard } from "./guard";
import { loadActor } from "./load";

/** The domain's Actor has no status; admins see it, and revisions record it. */
export type AdminActor = Actor & { status: "active" | "retracted" };

/** The fields an editor sets on an actor. */
export const ACTOR_EDITABLE = ["kind", "name", "aliases", "externalIds", "description"] as const;

function actorColumns(a: AdminActor) {
  return {
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    wikidata: a.externalIds.wikidata ?? null,
    iso3166: a.externalIds.iso3166 ?? null,
    description: a.description,
    status: a.status,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Guard, row, revision and (when readers can see the actor) the change feed, as one batch. */
export function actorWriteStatements(
  db: Database,
  ctx: WriteContext,
  before: AdminActor | null,
  after: AdminActor,
  action: RevisionAction,
  opts: { isPublic?: boolean; note?: string | null } = {},
): Statements {
  const out: Statements = [];
  if (before) {
    out.push(versionGuard(db, "actor", before.id, before.version));
    out.push(
      db
        .update(actorsTable)
        .set(actorColumns(after))
        .where(and(eq(actorsTable.id, before.id), eq(actorsTable.version, before.version))),
    );
  } else {
    out.push(db.insert(actorsTable).values({ id: after.id, ...actorColumns(after) }));
  }
  out.push(
    revisionInsert(db, ctx, {
      recordType: "actor",
      recordId: after.id,
      version: after.version,
      action,
      before,
      after,
      note: opts.note,
    }),
  );
  if (opts.isPublic) {
    out.push(
      changeInsert(db, ctx, {
        recordType: "actor",
        recordId: after.id,
        action: after.status === "retracted" ? "retract" : "upsert",
      }),
    );
  }
  return out;
}

/** An actor as admins see it (with status), or null. */
export async function loadAdminActor(db: Database, id: string) {
  const found = await loadActor(db, id);
  if (!found) return null;
  const actor: AdminActor = { ...found.actor, status: found.status };
  return { ...found, actor };
}

async function current(db: Database, id: string) {
  const found = await loadAdminActor(db, id);
  return found ? { version: found.actor.version, record: found.actor } : null;
}

async function editable(db: Database, id: string, expectedVersion: number | null) {
  const found = await loadAdminActor(db, id);
  if (!found) throw notFound("actor", id);
  if (found.mergedInto) {
    throw new ApiError("gone", `Actor ${id} was merged into ${found.mergedInto}`, {
      extra: { mergedInto: found.mergedInto },
    });
  }
  if (expectedVersion !== null && found.actor.version !== expectedVersion) {
    throw staleVersion(found.actor.version, found.actor);
  }
  return found;
}

/** Creates an actor. */
export async function createActor(
  db: Database,
  input: CreateActorInput,
  ctx: WriteContext,
): Promise<AdminActor> {
  const actor: AdminActor = {
    id: newId("act"),
    kind: input.kind,
    name: input.name,
    aliases: input.aliases,
    externalIds: input.externalIds,
    description: input.description ?? null,
    status: "active",
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await runWrite(db, actorWriteStatements(db, ctx, null, actor, "create"), async () => null);
  return actor;
}

/** Applies the fields given at the version the editor read. */
export async function updateActor(
  db: Database,
  id: string,
  input: UpdateActorInput,
  expectedVersion: number,
  ctx: WriteContext,
  action: "update" | "restore" = "update",
  note: string | null = null,
): Promise<AdminActor> {
  const { actor: before, isPublic } = await editable(db, id, expectedVersion);
  const change = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined),
  ) as Partial<AdminActor>;
  const after: AdminActor = {
    ...before,
    ...change,
    id,
    version: before.version + 1,
    updatedAt: ctx.now,
  };
  await runWrite(db, actorWriteStatements(db, ctx, before, after, action, { isPublic, note }), () =>
    current(db, id),
  );
  return after;
}

/** Delete: the actor is retracted (kept); readers who could see it get a tombstone. */
export async function retractActor(
  db: Database,
  id: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<AdminActor> {
  const { actor: before, isPublic } = await editable(db, id, expectedVersion);
  if (before.status === "retracted") return before;
  const after: AdminActor = {
    ...before,
    status: "retracted",
    version: before.version + 1,
    updatedAt: ctx.now,
  };
  await runWrite(db, actorWriteStatements(db, ctx, before, after, "retract", { isPublic }), () =>
    current(db, id),
  );
  return after;
}
