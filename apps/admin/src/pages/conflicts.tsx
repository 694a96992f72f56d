import { SetRankInput } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Claim, ConflictWithClaims } from "../api/contract";
import { keys } from "../api/query-client";
import { useAfterWrite, useResource } from "../api/use-resource";
import { useTitles } from "../api/use-titles";
import { LoadState, StatusBadge } from "../components/status";
import { Field, FormFooter } from "../forms/field";
import { useForm } from "../forms/use-form";
import { Link } from "../router";
import { useSession } from "../session";

const PROPERTY_LABELS: Record<string, string> = {
  "event.date": "date",
  "event.place": "place",
  "event.actor": "actor",
  "event.casualties": "casualties",
  "event.outcome": "outcome",
};

function claimLabel(c: Claim | undefined, id: string) {
  return c ? c.statement || c.text : id;
}

/**
 * Resolves a conflict by ranking: the chosen claim becomes preferred and every claim whose
 * value contradicts it is deprecated with the same reason; compatible values stay normal.
 */
function ResolveForm({
  conflict,
  onResolved,
}: {
  conflict: ConflictWithClaims;
  onResolved: () => void;
}) {
  const [preferred, setPreferred] = useState("");
  const [reason, setReason] = useState("");
  const form = useForm();
  const byId = new Map(conflict.claims.map((c) => [c.id, c]));
  const label = PROPERTY_LABELS[conflict.property] ?? conflict.property;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!preferred) {
      form.reject({ preferred: "Choose the claim the record should prefer" });
      return;
    }
    const value = conflict.values.find((v) => v.claimIds.includes(preferred));
    const rank = { rank: "preferred", reason };
    const deprecated = conflict.values
      .filter((v) => value?.contradicts.includes(v.value))
      .flatMap((v) => v.claimIds)
      .map((claimId) => ({ claimId, reason }));
    const r = await form.submit(SetRankInput, rank, () =>
      adminApi.resolveConflict({
        eventId: conflict.eventId,
        property: conflict.property,
        preferredClaimIds: [preferred],
        reason,
        deprecated,
      }),
    );
    if (r) onResolved();
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label={`Resolve the ${label} conflict`}
    >
      <fieldset
        aria-invalid={form.errors.preferred ? true : undefined}
        aria-describedby={form.errors.preferred ? `${conflict.key}-preferred-error` : undefined}
      >
        <legend>Preferred claim</legend>
        {conflict.values.map((v) =>
          v.claimIds.map((id) => (
            <label key={id} className="choice">
              <input
                type="radio"
                name={`preferred-${conflict.key}`}
                value={id}
                checked={preferred === id}
                onChange={() => setPreferred(id)}
              />{" "}
              {v.value}: {claimLabel(byId.get(id), id)}
            </label>
          )),
        )}
        {form.errors.preferred && (
          <p className="field-error" id={`${conflict.key}-preferred-error`}>
            {form.errors.preferred}
          </p>
        )}
      </fieldset>
      <Field
        name="reason"
        label="Reason"
        errors={form.errors}
        hint="Why the record prefers this claim; kept on every claim ranked"
      >
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={form.formError}
        label="Resolve conflict"
        busyLabel="Resolving…"
      />
    </form>
  );
}

/** Open conflicts: claims disagreeing on one property of one event. */
export function ConflictsPage() {
  const { can } = useSession();
  const list = useResource(keys.conflicts(), () => adminApi.conflicts());
  const afterWrite = useAfterWrite();
  const titles = useTitles(list.data?.data.map((c) => c.eventId) ?? [], adminApi.getEvent);
  const [resolved, setResolved] = useState<string | null>(null);
  const conflicts = list.data?.data ?? [];
  return (
    <>
      <h1>Conflicts</h1>
      {resolved && (
        <p className="success" role="status">
          {resolved}
        </p>
      )}
      <LoadState loading={list.loading && !list.data} error={list.error} />
      {list.data && conflicts.length === 0 && <p className="muted">No open conflicts.</p>}
      {conflicts.map((c) => {
        const byId = new Map(c.claims.map((x) => [x.id, x]));
        const label = PROPERTY_LABELS[c.property] ?? c.property;
        const title = titles[c.eventId] ?? c.eventId;
        return (
          <article key={c.key} id={c.key} className="conflict" aria-labelledby={`${c.key}-h`}>
            <h2 id={`${c.key}-h`}>
              Conflicting {label} for <Link to={`/events/${c.eventId}`}>{title}</Link>
            </h2>
            <ul className="values" aria-label="Values asserted">
              {c.values.map((v) => (
                <li key={v.value}>
                  <strong>{v.value}</strong>
                  {v.contradicts.length > 0 && (
                    <span className="muted"> (contradicts {v.contradicts.join(", ")})</span>
                  )}
                  <ul>
                    {v.claimIds.map((id) => {
                      const claim = byId.get(id);
                      return (
                        <li key={id}>
                          <Link to={`/claims/${id}`}>{claimLabel(claim, id)}</Link>{" "}
                          {claim && <StatusBadge status={claim.status} />}
                          {claim && claim.rank !== "normal" && (
                            <span className={`rank rank-${claim.rank}`}>{claim.rank}</span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
            {can("claim.rank") ? (
              <ResolveForm
                conflict={c}
                onResolved={() => {
                  setResolved(`Resolved the ${label} conflict for ${title}.`);
                  afterWrite();
                }}
              />
            ) : (
              <p className="muted">Reviewers and admins resolve conflicts.</p>
            )}
          </article>
        );
      })}
    </>
  );
}
