import type { VersionedRecordType } from "@factline/domain";
import { DomainError } from "@factline/domain";
import type { Database } from "../db/client";
import { getRevision } from "../db/queries/revisions";
import type { WriteContext } from "../db/queries/write-context";
import { ACTOR_EDITABLE, updateActor } from "./actors";
import { CLAIM_EDITABLE, updateClaim } from "./claims";
import { EVENT_EDITABLE, updateEvent } from "./events";
import { type Reference, survivorsOf } from "./references";
import { SOURCE_EDITABLE, updateSource } from "./sources";

function pick(snapshot: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(keys.filter((k) => k in snapshot).map((k) => [k, snapshot[k]]));
}

// Snapshots hold dates in stored form ({value, precision, …}); updates take the same shape.
// Status, rank, evidence and verdicts are not restored: they move through the workflow, the
// rank route and the evidence/review routes, each of which leaves its own revision.

/**
 * Restores a revision's editable fields as a NEW revision (version + 1, action `restore`), so
 * history only grows. `expectedVersion` is the version the editor is looking at.
 */
export async function restoreRevision(
  db: Database,
  recordType: VersionedRecordType,
  recordId: string,
  revisionId: string,
  expectedVersion: number,
  ctx: WriteContext,
) {
  const revision = await getRevision(db, recordType, recordId, revisionId);
  if (!revision) {
    throw new DomainError("not_found", `No revision ${revisionId} of ${recordType} ${recordId}`, {
      errors: [{ path: "path.revisionId", message: "no such revision of this record" }],
    });
  }
  if (!revision.snapshot) {
    throw new DomainError("unprocessable", `Revision ${revisionId} kept no snapshot to restore`);
  }
  const snap = await repointed(db, recordType, revision.snapshot);
  const note = [
    `restored revision ${revisionId} (version ${revision.version})`,
    ...snap.repointed.map((r) => `${r.from} now ${r.to} (merged since)`),
  ].join("; ");
  switch (recordType) {
    case "event":
      return updateEvent(
        db,
        recordId,
        pick(snap.fields, EVENT_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "claim":
      return updateClaim(
        db,
        recordId,
        pick(snap.fields, CLAIM_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "source":
      return updateSource(
        db,
        recordId,
        pick(snap.fields, SOURCE_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "actor":
      return updateActor(
        db,
        recordId,
        pick(snap.fields, ACTOR_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
  }
}

type Snapshot = Record<string, unknown>;

/** The references a snapshot of each record type makes: field, kind, and how to read/write it. */
function referencesIn(type: VersionedRecordType, snap: Snapshot) {
  const refs: { kind: Reference["kind"]; id: string; path: string; set: (id: string) => void }[] =
    [];
  const one = (field: string, kind: Reference["kind"]) => {
    const id = snap[field];
    if (typeof id === "string") {
      refs.push({
        kind,
        id,
        path: `revision.${field}`,
        set: (v) => {
          snap[field] = v;
        },
      });
    }
  };
  const list = <T extends Record<string, unknown>>(
    field: string,
    key: string | null,
    kind: Reference["kind"],
  ) => {
    const items = snap[field];
    if (!Array.isArray(items)) return;
    items.forEach((item: unknown, i: number) => {
      const id = key ? (item as T)[key] : item;
      if (typeof id !== "string") return;
      refs.push({
        kind,
        id,
        path: `revision.${field}.${i}${key ? `.${key}` : ""}`,
        set: (v) => {
          if (key) (item as Record<string, unknown>)[key] = v;
          else (items as unknown[])[i] = v;
        },
      });
    });
  };
  if (type === "event") {
    list("actors", "actorId", "actor");
    list("related", "eventId", "event");
  } else if (type === "claim") {
    list("eventIds", null, "event");
    one("sourceId", "source");
    one("actorId", "actor");
  } else if (type === "source") {
    one("actorId", "actor");
    one("embeddedIn", "source");
  }
  return refs;
}

/**
 * The snapshot with references to records merged away since it was taken re-pointed at their
 * survivors (and said so in the revision note); a reference to a record that no longer exists
 * at all refuses the restore (409 naming the field), rather than writing a dangling link.
 */
async function repointed(db: Database, type: VersionedRecordType, snapshot: Snapshot) {
  const fields = structuredClone(snapshot);
  const refs = referencesIn(type, fields);
  const repointedList: { from: string; to: string }[] = [];
  const missing: { path: string; message: string }[] = [];
  for (const kind of [...new Set(refs.map((r) => r.kind))]) {
    const ofKind = refs.filter((r) => r.kind === kind);
    const survivors = await survivorsOf(
      db,
      kind,
      ofKind.map((r) => r.id),
    );
    for (const ref of ofKind) {
      const now = survivors.get(ref.id);
      if (now == null) missing.push({ path: ref.path, message: `no ${kind} ${ref.id} any more` });
      else if (now !== ref.id) {
        ref.set(now);
        repointedList.push({ from: ref.id, to: now });
      }
    }
  }
  if (missing.length > 0) {
    throw new DomainError(
      "conflict",
      `The revision links to records that no longer exist: ${missing.map((m) => m.path).join(", ")}`,
      { errors: missing },
    );
  }
  return { fields, repointed: repointedList };
}
