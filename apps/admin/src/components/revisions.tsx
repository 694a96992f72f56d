import type { Revision, VersionedRecordType } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import { ApiProblem } from "../api/client";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { useSession } from "../session";
import { DiffView } from "./diff-view";
import { LoadState, when } from "./status";

type Props = {
  type: VersionedRecordType;
  recordId: string;
  /** The version on screen; restore sends it as If-Match and the list reloads when it changes. */
  currentVersion: number;
  onRestored: (record: unknown) => void;
};

const ACTIONS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  transition: "Status changed",
  rank: "Rank set",
  retract: "Retracted",
  restore: "Restored",
  merge: "Merged",
  delete: "Deleted",
};

/** A record's revision history, newest first, each with its before/after diff and a restore. */
export function Revisions({ type, recordId, currentVersion, onRestored }: Props) {
  const { can } = useSession();
  const list = useResource([...keys.revisions(type, recordId), currentVersion], () =>
    adminApi.revisions(type, recordId),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const revisions = [...(list.data?.data ?? [])].sort((a, b) => b.version - a.version);

  async function restore(rev: Revision) {
    setBusy(rev.id);
    setError(null);
    try {
      const r = await adminApi.restore(type, recordId, rev.id, currentVersion);
      onRestored(r.data);
    } catch (err) {
      setError(
        err instanceof ApiProblem && err.status === 412
          ? "The record changed since you loaded it; reload the page before restoring."
          : (err as Error).message,
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revision history</h2>
      <LoadState loading={list.loading && !list.data} error={list.error} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ol className="revisions" aria-label="Revisions">
        {revisions.map((rev) => (
          <li key={rev.id} aria-label={`Version ${rev.version}`}>
            <div className="rev-head">
              <strong>
                Version {rev.version}: {ACTIONS[rev.action] ?? rev.action}
              </strong>{" "}
              <span className="muted">
                {when(rev.createdAt)} · {rev.userName ?? rev.userId ?? "system"}
                {rev.note ? ` · ${rev.note}` : ""}
              </span>
              {can("revision.restore") && rev.snapshot && rev.version !== currentVersion && (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy !== null}
                  aria-busy={busy === rev.id}
                  onClick={() => void restore(rev)}
                >
                  {busy === rev.id ? "Restoring…" : `Restore version ${rev.version}`}
                </button>
              )}
            </div>
            {rev.action === "create" ? (
              // A creation lists every field; folded so the edits above it stay in view.
              <details>
                <summary>Fields as created ({rev.diff.length})</summary>
                <DiffView diff={rev.diff} caption={`Fields in version ${rev.version}`} />
              </details>
            ) : (
              <DiffView diff={rev.diff} caption={`Changes in version ${rev.version}`} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
