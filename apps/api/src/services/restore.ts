import type { VersionedRecordType } from "@factline/domain";
import { DomainError } from "@factline/domain";
import type { Database } from "../db/client";
import { getRevision } from "../db/queries/revisions";
import type { WriteContext } from "../db/queries/write-context";
import { ACTOR_EDITABLE, updateActor } from "./actors";
import { CLAIM_EDITABLE, updateClaim } from "./claims";
import { EVENT_EDITABLE, updateEvent } from "./events";
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
  const note = `restored revision ${revisionId} (version ${revision.version})`;
  const snap = revision.snapshot;
  switch (recordType) {
    case "event":
      return updateEvent(
        db,
        recordId,
        pick(snap, EVENT_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "claim":
      return updateClaim(
        db,
        recordId,
        pick(snap, CLAIM_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "source":
      return updateSource(
        db,
        recordId,
        pick(snap, SOURCE_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
    case "actor":
      return updateActor(
        db,
        recordId,
        pick(snap, ACTOR_EDITABLE),
        expectedVersion,
        ctx,
        "restore",
        note,
      );
  }
}
