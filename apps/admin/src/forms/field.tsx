import { type ReactNode, useId } from "react";
import { errorFor, type FieldErrors } from "./use-form";

export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
};

/**
 * A labelled form control with its hint and error. The control gets aria-invalid and
 * aria-describedby pointing at the message, so assistive tech reads the error with the field.
 */
export function Field(props: {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const error = errorFor(props.errors, props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        name: props.name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-level message and the submit button, which shows progress and blocks double submits. */
export function FormFooter(props: {
  busy: boolean;
  formError: string | null;
  label: string;
  busyLabel?: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="form-footer">
      {props.formError && (
        <p className="form-error" role="alert">
          {props.formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={props.busy || props.disabled} aria-busy={props.busy}>
          {props.busy ? (props.busyLabel ?? "Saving…") : props.label}
        </button>
        {props.children}
      </div>
    </div>
  );
}
