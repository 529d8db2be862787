import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { errorMessage, fieldErrors } from './problemErrors';

/**
 * What came of a form sent with a mutation, for {@link Feedback} and the fields: the status message, the failure
 * and the server's messages per field (from a problem+json answer).
 */
export function useFormOutcome() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  /** After a success: its message, and no failure or field messages left from an earlier attempt. */
  const succeeded = (text: string) => {
    setMessage(text);
    setFailure('');
    setErrors({});
  };

  /** After a failure: no message, the error's text, and the field messages it carries. */
  const failed = (error: unknown) => {
    setMessage('');
    setFailure(errorMessage(error, t));
    setErrors(error instanceof ApiError ? fieldErrors(error.problem?.errors, '', t) : {});
  };

  return { message, setMessage, failure, setFailure, errors, succeeded, failed };
}
