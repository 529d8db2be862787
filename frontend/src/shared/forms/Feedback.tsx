/**
 * What came of a form's last action: a status line that stays in the page (so that screen readers
 * announce each new message) and, after a failure, an alert.
 */
export function Feedback({ message, failure }: { message: string; failure: string }) {
  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </>
  );
}
