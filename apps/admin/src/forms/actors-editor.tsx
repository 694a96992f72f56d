import { ActorRole, type EventActor } from "@factline/domain";
import { useId } from "react";
import { errorFor, type FieldErrors } from "./use-form";

type Props = {
  value: EventActor[];
  onChange: (actors: EventActor[]) => void;
  /** The actors to choose from. */
  options: { id: string; name: string }[];
  errors: FieldErrors;
};

/** The actors taking part in an event, each with its role; rows can be added and removed. */
export function ActorsEditor({ value, onChange, options, errors }: Props) {
  const id = useId();
  const error = errorFor(errors, "actors");
  const set = (i: number, patch: Partial<EventActor>) =>
    onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset
      className="actors"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Actors</legend>
      {value.length === 0 && <p className="muted">No actors yet.</p>}
      {value.map((a, i) => (
        <div className="actor-row" key={`${i}:${a.actorId}`}>
          <select
            aria-label={`Actor ${i + 1}`}
            value={a.actorId}
            onChange={(e) => set(i, { actorId: e.target.value })}
          >
            <option value="">Choose an actor…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <select
            aria-label={`Role of actor ${i + 1}`}
            value={a.role}
            onChange={(e) => set(i, { role: e.target.value as EventActor["role"] })}
          >
            {ActorRole.options.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            aria-label={`Remove actor ${i + 1}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...value, { actorId: "", role: "participant" }])}
      >
        Add actor
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
