import {
  ASSERTION_PROPERTIES,
  type Claim,
  CreateClaimInput,
  CreateEvidenceInput,
  CreateReviewInput,
  Modality,
  Rank,
  SetRankInput,
  Stance,
  UpdateClaimInput,
  VERDICT_SCALE,
  VERDICTS,
} from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { Field, FormFooter } from "./field";
import { useForm } from "./use-form";

type Props = { claim: Claim; onSaved: (claim: Claim) => void; disabled?: boolean };

const STALE = "This claim changed since you loaded it. Reload the page to see the current version.";
const staleOr = (status: number | undefined, msg: string | null) => (status === 412 ? STALE : msg);

/**
 * Edits the claim's restatement and modality (the verbatim text stays as the source put it).
 * `lockJudged`: a verdict judged the wording, and this user may not change it (the domain's
 * verdict rule, which the API enforces too), so statement and assertion are read-only.
 */
export function ClaimEditForm({
  claim,
  onSaved,
  disabled,
  lockJudged = false,
}: Props & { lockJudged?: boolean }) {
  const [statement, setStatement] = useState(claim.statement);
  const [modality, setModality] = useState<string>(claim.modality);
  const [property, setProperty] = useState<string>(claim.assertion?.property ?? "");
  const [value, setValue] = useState(claim.assertion?.value ?? "");
  const form = useForm();
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Edit claim"
      onSubmit={async (e) => {
        e.preventDefault();
        const body: Record<string, unknown> = {};
        if (statement !== claim.statement) body.statement = statement;
        if (modality !== claim.modality) body.modality = modality;
        const assertion = property ? { property, value } : null;
        if (JSON.stringify(assertion) !== JSON.stringify(claim.assertion ?? null))
          body.assertion = assertion;
        if (Object.keys(body).length === 0) return;
        const r = await form.submit(UpdateClaimInput, body, () =>
          adminApi.updateClaim(claim.id, body, claim.version),
        );
        if (r) onSaved(r.data);
      }}
    >
      <fieldset disabled={disabled}>
        <Field
          name="statement"
          label="Statement"
          errors={form.errors}
          hint={
            lockJudged
              ? "A verdict judged this wording: only reviewers and admins may change it."
              : undefined
          }
        >
          {(p) => (
            <textarea
              {...p}
              disabled={lockJudged}
              rows={3}
              value={statement}
              onChange={(e) => setStatement(e.target.value)}
            />
          )}
        </Field>
        <Field name="modality" label="Modality" errors={form.errors}>
          {(p) => (
            <select {...p} value={modality} onChange={(e) => setModality(e.target.value)}>
              {Modality.options.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="assertion.property"
          label="Asserted property"
          errors={form.errors}
          hint="A structured property = value lets conflicting claims be found."
        >
          {(p) => (
            <select
              {...p}
              disabled={lockJudged}
              value={property}
              onChange={(e) => setProperty(e.target.value)}
            >
              <option value="">None</option>
              {ASSERTION_PROPERTIES.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          )}
        </Field>
        {property && (
          <Field
            name="assertion.value"
            label="Asserted value"
            errors={form.errors}
            hint={property === "event.date" ? "2025-07-04, 2021-08, 2001 or 1990s" : undefined}
          >
            {(p) => (
              <input
                {...p}
                disabled={lockJudged}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
        )}
        <FormFooter
          busy={form.busy}
          formError={staleOr(form.problem?.status, form.formError)}
          label="Save claim"
        />
      </fieldset>
    </form>
  );
}

/** Records a verdict with its rationale (reviewers and admins). */
export function ReviewForm({ claim, onSaved }: Props) {
  const [verdict, setVerdict] = useState<string>(claim.review?.verdict ?? "");
  const [rationale, setRationale] = useState("");
  const form = useForm();
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Verdict"
      onSubmit={async (e) => {
        e.preventDefault();
        const body = { verdict, rationale };
        const r = await form.submit(CreateReviewInput, body, (key) =>
          adminApi.addReview(claim.id, body as CreateReviewInput, claim.version, key),
        );
        if (r) {
          setRationale("");
          onSaved(r.data);
        }
      }}
    >
      <Field name="verdict" label="Verdict" errors={form.errors}>
        {(p) => (
          <select {...p} value={verdict} onChange={(e) => setVerdict(e.target.value)}>
            <option value="">Choose a verdict…</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_SCALE[v].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="rationale" label="Rationale" errors={form.errors}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={staleOr(form.problem?.status, form.formError)}
        label="Record verdict"
      />
    </form>
  );
}

/** Sets the claim's rank among conflicting claims, with the reason (reviewers and admins). */
export function RankForm({ claim, onSaved }: Props) {
  const [rank, setRank] = useState<string>(claim.rank);
  const [reason, setReason] = useState(claim.rankReason ?? "");
  const form = useForm();
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Rank"
      onSubmit={async (e) => {
        e.preventDefault();
        const body = { rank, reason: reason.trim() === "" ? null : reason };
        const r = await form.submit(SetRankInput, body, () =>
          adminApi.setRank(claim.id, body as SetRankInput, claim.version),
        );
        if (r) onSaved(r.data);
      }}
    >
      <Field name="rank" label="Rank" errors={form.errors}>
        {(p) => (
          <select {...p} value={rank} onChange={(e) => setRank(e.target.value)}>
            {Rank.options.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        )}
      </Field>
      <Field name="reason" label="Reason" errors={form.errors}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={staleOr(form.problem?.status, form.formError)}
        label="Set rank"
      />
    </form>
  );
}

/** Links a source passage to the claim; offsets are found in the source's text when it is there. */
export function EvidenceForm({ claim, onSaved }: Props) {
  const sources = useResource(keys.sources(), () => adminApi.listSources());
  const [sourceId, setSourceId] = useState(claim.sourceId ?? "");
  const [quote, setQuote] = useState("");
  const [stance, setStance] = useState<Stance>("supports");
  const form = useForm();
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Add evidence"
      onSubmit={async (e) => {
        e.preventDefault();
        const source = sources.data?.data.find((s) => s.id === sourceId);
        const start = source ? source.text.indexOf(quote) : -1;
        const body = {
          sourceId,
          quote,
          stance,
          ...(quote && start >= 0 ? { start, end: start + quote.length } : {}),
        };
        const r = await form.submit(CreateEvidenceInput, body, (key) =>
          adminApi.addEvidence(claim.id, body, claim.version, key),
        );
        if (r) {
          setQuote("");
          onSaved(r.data.claim);
        }
      }}
    >
      <Field name="sourceId" label="Source" errors={form.errors}>
        {(p) => (
          <select {...p} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">Choose a source…</option>
            {sources.data?.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="quote"
        label="Quote"
        errors={form.errors}
        hint="The passage, verbatim; its position is found in the source's text."
      >
        {(p) => (
          <textarea {...p} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
        )}
      </Field>
      <Field name="stance" label="Stance" errors={form.errors}>
        {(p) => (
          <select {...p} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {Stance.options.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={staleOr(form.problem?.status, form.formError)}
        label="Add evidence"
        busyLabel="Adding…"
      />
    </form>
  );
}

/** A new claim about an event, said by one of the stored sources. */
export function NewClaimForm({
  eventId,
  onCreated,
}: {
  eventId: string;
  onCreated: (claim: Claim) => void;
}) {
  const sources = useResource(keys.sources(), () => adminApi.listSources());
  const [v, setV] = useState({
    text: "",
    statement: "",
    sourceId: "",
    modality: "assertion" as Modality,
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const form = useForm();
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="New claim"
      onSubmit={async (e) => {
        e.preventDefault();
        const body = {
          text: v.text,
          ...(v.statement.trim() ? { statement: v.statement } : {}),
          sourceId: v.sourceId || null,
          eventIds: [eventId],
          modality: v.modality,
        };
        const r = await form.submit(CreateClaimInput, body, (key) =>
          adminApi.createClaim(body, key),
        );
        if (r) onCreated(r.data);
      }}
    >
      <Field
        name="text"
        label="Claim text"
        errors={form.errors}
        hint="As the source put it, verbatim."
      >
        {(p) => <textarea {...p} rows={3} value={v.text} onChange={set("text")} />}
      </Field>
      <Field
        name="statement"
        label="Neutral statement"
        errors={form.errors}
        hint="Leave empty to use the text."
      >
        {(p) => <textarea {...p} rows={2} value={v.statement} onChange={set("statement")} />}
      </Field>
      <Field name="sourceId" label="Said by (source)" errors={form.errors}>
        {(p) => (
          <select {...p} value={v.sourceId} onChange={set("sourceId")}>
            <option value="">Choose a source…</option>
            {sources.data?.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="modality" label="Modality" errors={form.errors}>
        {(p) => (
          <select {...p} value={v.modality} onChange={set("modality")}>
            {Modality.options.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={form.formError}
        label="Create claim"
        busyLabel="Creating…"
      />
    </form>
  );
}
