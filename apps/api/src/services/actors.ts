import {
  type CreateActorInput,
  newId,
  type RevisionAction,
  type UpdateActorInput,
} from "@factline/domain";
import type { Database } from "../db/client";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { type AdminActor, loadAdminActor } from "../db/queries/load";
import { changeInsert, type WriteContext } from "../db/queries/write-context";
import { actorsTable } from "../db/schema";
import { runWrite, type Statements } from "./batch";
import { notFound } from "./errors";
import {
  assertNotMerged,
  assertVersion,
  definedFields,
  nextVersion,
  revisionStatement,
  versionedRowStatements,
} from "./versioned-record";

export type { AdminActor } from "../db/queries/load";

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
  const columns = actorColumns(after);
  const out: Statements = [
    ...versionedRowStatements(db, "actor", actorsTable, before, columns, {
      id: after.id,
      ...columns,
    }),
    revisionStatement(db, ctx, "actor", before, after, action, opts.note),
  ];
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

async function current(db: Database, id: string) {
  const found = await loadAdminActor(db, id);
  return found ? { version: found.actor.version, record: found.actor } : null;
}

async function editable(db: Database, id: string, expectedVersion: number | null) {
  const found = await loadAdminActor(db, id);
  if (!found) throw notFound("actor", id);
  assertNotMerged("Actor", id, found.mergedInto);
  assertVersion(found.actor, expectedVersion);
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
  await runWrite(
    db,
    [
      ...actorWriteStatements(db, ctx, null, actor, "create"),
      ...idempotencyOutcome(db, ctx.idempotency, { status: 201, body: actor }),
    ],
    async () => null,
  );
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
  const after = nextVersion(before, definedFields<AdminActor>(input), ctx.now);
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
  const after = nextVersion(before, { status: "retracted" }, ctx.now);
  await runWrite(db, actorWriteStatements(db, ctx, before, after, "retract", { isPublic }), () =>
    current(db, id),
  );
  return after;
}
