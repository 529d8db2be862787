import { useState } from 'react';

/**
 * What a form's action is doing and what came of it, for {@link Feedback} and {@link SubmitRow}: busy while
 * it runs, then the message it returns, or the failure its error handler names.
 */
export function useFormAction() {
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  /** Forgets the last outcome (before a new attempt, also one that local validation stops). */
  const clear = () => {
    setMessage('');
    setFailure('');
  };

  /**
   * Runs the action; the text it returns becomes the status message. A thrown error goes to `failed`, whose
   * text (empty for none, e.g. when the error was placed at the fields) becomes the failure.
   */
  const run = async (action: () => Promise<string>, failed: (error: unknown) => string) => {
    clear();
    setBusy(true);
    try {
      setMessage(await action());
    } catch (error) {
      setFailure(failed(error));
    } finally {
      setBusy(false);
    }
  };

  return { message, failure, busy, clear, run };
}
