import { ClaimId, EventId, type WorkflowEntity } from "@factline/domain";
import { useState } from "react";
import { z } from "zod";
import { adminApi } from "../api/admin";
import { Field, FormFooter } from "../forms/field";
import { useForm } from "../forms/use-form";

type Props = {
  type: WorkflowEntity;
  record: { id: string; version: number };
  /** The records this one may be a duplicate of. */
  candidates: { id: string; label: string }[];
  onMerged: (winnerId: string) => void;
};

/**
 * Marks this record as a duplicate of another: it becomes a redirect to the winner, and its
 * evidence and links move there (one batch in the API). Reviewers and admins only.
 */
export function MergeForm({ type, record, candidates, onMerged }: Props) {
  const [into, setInto] = useState("");
  const form = useForm();
  const schema = z.object({ into: type === "claim" ? ClaimId : EventId });
  const options = candidates.filter((c) => c.id !== record.id);
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={`Merge this ${type}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await form.submit(schema, { into }, () =>
          adminApi.merge(type, record.id, into, record.version),
        );
        if (r) onMerged(into);
      }}
    >
      <Field
        name="into"
        label="Duplicate of"
        errors={form.errors}
        hint={`This ${type} will redirect to the one chosen; its evidence and links move there.`}
      >
        {(p) => (
          <select {...p} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">Choose the {type} to keep…</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={
          form.problem?.status === 412
            ? `This ${type} changed since you loaded it; reload before merging.`
            : form.formError
        }
        label="Merge into the chosen one"
        busyLabel="Merging…"
        disabled={options.length === 0}
      />
    </form>
  );
}
