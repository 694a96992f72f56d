import {
  findTransition,
  nextStates,
  type WorkflowEntity,
  type WorkflowState,
} from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import { ApiProblem } from "../api/client";
import { useUser } from "../session";

type Props<E extends WorkflowEntity> = {
  entity: E;
  record: {
    id: string;
    status: WorkflowState<E>;
    version: number;
    createdBy?: string | null;
    review?: unknown;
  };
  onChanged: (record: unknown) => void;
};

/**
 * The workflow buttons this user may press: only the domain's `nextStates` for their role,
 * without approvals of their own record, so the UI never offers what the API would refuse.
 */
export function Transitions<E extends WorkflowEntity>({ entity, record, onChanged }: Props<E>) {
  const user = useUser();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const states = nextStates(entity, record.status, user.role, {
    actorId: user.id,
    authorId: record.createdBy ?? null,
    ...(entity === "claim" ? { hasReview: record.review != null } : {}),
  });

  async function move(to: WorkflowState<E>) {
    setBusy(to);
    setError(null);
    try {
      const r = await adminApi.transition(entity, record.id, to, record.version);
      onChanged(r.data);
    } catch (err) {
      setError(
        err instanceof ApiProblem && err.status === 412
          ? "This record changed since you loaded it; reload to see the current status."
          : (err as Error).message,
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="workflow-heading" className="workflow">
      <h2 id="workflow-heading">Workflow</h2>
      {states.length === 0 ? (
        <p className="muted">No status change is open to you ({user.role}) from here.</p>
      ) : (
        <fieldset className="actions plain">
          <legend className="visually-hidden">Status changes</legend>
          {states.map((to) => (
            <button
              key={to}
              type="button"
              disabled={busy !== null}
              aria-busy={busy === to}
              onClick={() => void move(to)}
            >
              {busy === to ? "Working…" : (findTransition(entity, record.status, to)?.label ?? to)}
            </button>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
