import { KolHeading, KolTextarea } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import { ApiError } from '../../../shared/api';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { Notice } from '../../../shared/ui/Notice';
import { editorApi, type PublicCodeImport } from '../api/editor';
import { textField } from '../../../shared/forms/textField';
import { SubmitButton } from '../../../shared/forms/Feedback';
import '../../../i18n/editorTexts';

interface PublicCodeImportFormProps {
  slug: string;
  disabled: boolean;
  /** The working copy changed on the server: the editor starts over from it. */
  onImported: () => void;
}

/**
 * Adds a service from a publiccode.yml (file or pasted text) to the working copy. Problems come back with
 * line and key; keys that have no place in a service are listed after the import.
 */
export function PublicCodeImportForm({ slug, disabled, onImported }: PublicCodeImportFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PublicCodeImport | null>(null);
  const send = useMutation({
    mutationFn: () => editorApi.importPublicCode(slug, text),
    onMutate: () => setResult(null),
    onSuccess: (imported) => {
      setResult(imported);
      setText('');
      onImported();
    },
  });
  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then(setText);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) send.mutate();
  };
  const problems = send.error instanceof ApiError ? (send.error.problem.errors ?? []) : [];

  return (
    <section className="booth-section panel publiccode-import" aria-label={t('editor.publiccode.heading')}>
      <KolHeading _label={t('editor.publiccode.heading')} _level={2} />
      <p className="field-hint">{t('editor.publiccode.hint')}</p>
      <form onSubmit={submit} noValidate>
        <p>
          <label htmlFor="publiccode-file">{t('editor.publiccode.file')}</label>{' '}
          <input id="publiccode-file" type="file" accept=".yml,.yaml,application/yaml,text/yaml" onChange={readFile} disabled={disabled} />
        </p>
        <KolTextarea
          _label={t('editor.publiccode.text')}
          _rows={8}
          _disabled={disabled}
          {...textField(text, setText)}
        />
        <div className="button-row">
          <SubmitButton label={t('editor.publiccode.submit')} variant="secondary" busy={send.isPending} disabled={disabled || !text.trim()} />
        </div>
      </form>
      {send.isError && (
        <Notice type="error" alert>
          {errorMessage(send.error, t)}
          {problems.length > 0 && (
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {t('editor.publiccode.problem', { line: p.line ?? '–', field: p.field ?? '–', message: p.message })}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <p role="status" className="status-line">
        {result && t('editor.publiccode.done', { name: result.service })}
      </p>
      {result && result.unmapped.length > 0 && (
        <div>
          <p>{t('editor.publiccode.unmapped')}</p>
          <ul className="publiccode-unmapped">
            {result.unmapped.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
