import { useState } from "react";

type Props<V extends Record<string, string>> = {
  noun: string;
  labels: Record<keyof V, string>;
  mine: V;
  current: V;
  /** Throw away the editor's input and load the current record. */
  onReload: () => void;
  /** Keep the editor's input and save it on top of the current version next time. */
  onOverwrite: () => void;
};

/**
 * Shown on 412: someone changed the record after this form loaded it. The editor's input stays
 * in the form; they can compare it with the current record, reload, or apply theirs on top.
 */
export function StaleNotice<V extends Record<string, string>>(props: Props<V>) {
  const [comparing, setComparing] = useState(false);
  const keys = Object.keys(props.labels) as (keyof V & string)[];
  const differing = keys.filter((k) => props.mine[k] !== props.current[k]);
  return (
    <div className="stale" role="alert">
      <p>
        <strong>This {props.noun} changed since you loaded it.</strong> Your changes were not saved
        and are still in the form.
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setComparing((c) => !c)}>
          {comparing ? "Hide comparison" : "Compare with the current version"}
        </button>
        <button type="button" className="secondary" onClick={props.onReload}>
          Reload (discard my changes)
        </button>
        <button type="button" className="secondary" onClick={props.onOverwrite}>
          Keep my changes and save again
        </button>
      </div>
      {comparing && (
        <table className="diff" aria-label="Your changes and the current version">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Current version</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((k) => (
              <tr key={k}>
                <th scope="row">{props.labels[k]}</th>
                <td>{props.current[k] || "(empty)"}</td>
                <td>{props.mine[k] || "(empty)"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
