import { canEdit, checkClaimEdit, VERDICT_SCALE } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Claim } from "../api/contract";
import { keys } from "../api/query-client";
import { useAfterWrite, useResource } from "../api/use-resource";
import { useTitles } from "../api/use-titles";
import { ChangedBanner } from "../components/changed-banner";
import { MergeForm } from "../components/merge-form";
import { Revisions } from "../components/revisions";
import { LoadState, StatusBadge, when } from "../components/status";
import { Transitions } from "../components/transitions";
import { ClaimEditForm, EvidenceForm, RankForm, ReviewForm } from "../forms/claim-forms";
import { ClaimKeys } from "../keyboard/claim-keys";
import { Link, navigate } from "../router";
import { useSession, useUser } from "../session";

/** One claim: its text, evidence, verdict, rank, workflow and revision history. */
export function ClaimDetailPage({ id }: { id: string }) {
  const user = useUser();
  const afterWrite = useAfterWrite();
  const { can } = useSession();
  const claim = useResource(keys.claim(id), () => adminApi.getClaim(id), { pinned: true });
  const [forms, setForms] = useState(0);
  const c = claim.data;
  const sources = useTitles(
    c ? [...(c.sourceId ? [c.sourceId] : []), ...c.evidence.map((e) => e.sourceId)] : [],
    adminApi.getSource,
  );
  const events = useTitles(c?.eventIds ?? [], adminApi.getEvent);
  const firstEvent = c?.eventIds[0];
  const siblings = useResource(keys.claims({ event: firstEvent, for: "merge" }), () =>
    firstEvent && can("claim.merge")
      ? adminApi.listClaims({ event: firstEvent })
      : Promise.resolve({ data: { data: [] as Claim[], next: null }, etag: null, status: 200 }),
  );
  const update = (next: Claim) => {
    claim.set(next);
    setForms((n) => n + 1);
  };

  return (
    <>
      <LoadState loading={claim.loading && !c} error={claim.error} />
      {c && (
        <>
          <h1>{c.statement || c.text}</h1>
          <p className="meta">
            <StatusBadge status={c.status} /> · {c.modality} · rank {c.rank}
            {c.rankReason ? ` (${c.rankReason})` : ""} · version {c.version}
          </p>
          <ClaimKeys claim={c} onChanged={update} />
          <ChangedBanner
            noun="claim"
            id={c.id}
            version={c.version}
            onReload={() => void claim.reload().then(() => setForms((n) => n + 1))}
          />
          <section aria-labelledby="text-heading">
            <h2 id="text-heading">As the source put it</h2>
            <blockquote>{c.text}</blockquote>
            <p className="muted">
              {c.sourceId && (
                <>
                  Source:{" "}
                  <Link to={`/sources/${c.sourceId}`}>{sources[c.sourceId] ?? c.sourceId}</Link>.{" "}
                </>
              )}
              {c.eventIds.length > 0 && (
                <>
                  About{" "}
                  {c.eventIds.map((e, i) => (
                    <span key={e}>
                      {i > 0 && ", "}
                      <Link to={`/events/${e}`}>{events[e] ?? e}</Link>
                    </span>
                  ))}
                  .
                </>
              )}
              {c.assertion && (
                <>
                  {" "}
                  Asserts {c.assertion.property} = {c.assertion.value}.
                </>
              )}
            </p>
          </section>
          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence</h2>
            {c.evidence.length === 0 && <p className="muted">No evidence linked.</p>}
            <ul className="evidence" aria-label="Evidence">
              {c.evidence.map((e) => (
                <li key={e.id}>
                  <span className={`stance stance-${e.stance}`}>{e.stance}</span>
                  <blockquote>{e.quote}</blockquote>
                  <span className="muted">
                    <Link to={`/sources/${e.sourceId}`}>{sources[e.sourceId] ?? e.sourceId}</Link>
                    {e.start != null && e.end != null ? `, characters ${e.start}–${e.end}` : ""}
                  </span>
                </li>
              ))}
            </ul>
            {can("evidence.create") && canEdit("claim", c.status, user.role) && (
              <details>
                <summary>Add evidence</summary>
                <EvidenceForm key={`v${forms}`} claim={c} onSaved={update} />
              </details>
            )}
          </section>
          <div className="columns">
            <div>
              <section aria-labelledby="verdict-heading">
                <h2 id="verdict-heading">Verdict</h2>
                {c.review ? (
                  <p data-testid="current-verdict">
                    <strong>{VERDICT_SCALE[c.review.verdict].label}</strong>: {c.review.rationale}{" "}
                    <span className="muted">
                      ({c.review.reviewerId}, {when(c.review.reviewedAt)})
                    </span>
                  </p>
                ) : (
                  <p className="muted">No verdict yet.</p>
                )}
                {can("claim.review") && <ReviewForm key={`r${forms}`} claim={c} onSaved={update} />}
              </section>
              {can("claim.rank") && (
                <section aria-labelledby="rank-heading">
                  <h2 id="rank-heading">Rank</h2>
                  <RankForm key={`k${forms}`} claim={c} onSaved={update} />
                </section>
              )}
            </div>
            <div>
              <Transitions entity="claim" record={c} onChanged={(r) => update(r as Claim)} />
              <section aria-labelledby="edit-claim-heading">
                <h2 id="edit-claim-heading">Edit</h2>
                <ClaimEditForm
                  key={`e${forms}`}
                  claim={c}
                  onSaved={update}
                  disabled={!canEdit("claim", c.status, user.role)}
                  lockJudged={
                    !checkClaimEdit({
                      status: c.status,
                      role: user.role,
                      hasVerdict: c.review !== null,
                      fields: ["statement"],
                    }).ok
                  }
                />
              </section>
            </div>
          </div>
          {can("claim.merge") && c.status !== "retracted" && (
            <section aria-labelledby="merge-heading">
              <h2 id="merge-heading">Duplicate?</h2>
              <MergeForm
                type="claim"
                record={c}
                candidates={(siblings.data?.data ?? []).map((x) => ({
                  id: x.id,
                  label: x.statement || x.text,
                }))}
                onMerged={(winner) => {
                  afterWrite();
                  navigate(`/claims/${winner}`);
                }}
              />
            </section>
          )}
          <Revisions
            type="claim"
            recordId={c.id}
            currentVersion={c.version}
            onRestored={(r) => update(r as Claim)}
          />
        </>
      )}
    </>
  );
}
