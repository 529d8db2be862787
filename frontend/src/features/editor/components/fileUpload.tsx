import { KolProgress } from '@public-ui/react-v19';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../../shared/api';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; progress: UploadProgress }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; message: string };

type Send<T> = (file: File, onProgress: (progress: UploadProgress) => void) => Promise<T>;

/**
 * One file chosen in a KoliBri file field and sent to the API (the editor's materials, captions and videos): the
 * chosen file, whether the field counts as touched, the upload's phase with its progress, and the reset after a
 * success, which also clears the field's chosen file name.
 */
export function useFileUpload() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [touched, setTouched] = useState(false);
  const [upload, setUpload] = useState<UploadState>({ phase: 'idle' });
  const fileInput = useRef<HTMLKolInputFileElement>(null);
  const uploading = upload.phase === 'uploading';

  /**
   * Marks the field touched and, when a file is chosen and `valid`, sends it. `succeeded` takes the answer and
   * returns the file name the status line reports as uploaded, or undefined for a quiet return to idle.
   */
  const start = <T,>(valid: boolean, send: Send<T>, succeeded: (result: T, fileName: string) => string | undefined) => {
    setTouched(true);
    if (!file || !valid) return;
    const fileName = file.name;
    setUpload({ phase: 'uploading', fileName, progress: { loaded: 0, total: file.size, percent: 0 } });
    send(file, (progress) => setUpload({ phase: 'uploading', fileName, progress }))
      .then((result) => {
        const reported = succeeded(result, fileName);
        setUpload(reported === undefined ? { phase: 'idle' } : { phase: 'done', fileName: reported });
        setFile(null);
        setTouched(false);
        // Clears the chosen file name; the element method exists once KoliBri has loaded.
        void fileInput.current?.reset?.();
      })
      .catch((error: unknown) => setUpload({ phase: 'failed', message: errorMessage(error, t) }));
  };

  /** The KolInputFile's props besides its label, hint and accepted types; `error` shows once the field is touched. */
  const fileField = ({ disabled, error, onChosen }: { disabled: boolean; error: string | undefined; onChosen?: (file: File | null) => void }) => ({
    ref: fileInput,
    _disabled: disabled || uploading,
    _touched: touched,
    _msg: kolMsg(touched ? error : undefined),
    _on: {
      onChange: (_event: Event, value: unknown) => {
        const chosen = (value as FileList | null)?.[0] ?? null;
        setFile(chosen);
        onChosen?.(chosen);
      },
    },
  });

  return { file, touched, upload, uploading, start, fileField };
}

/** The progress bar of a running upload; nothing otherwise. */
export function UploadProgressBar({ upload, label }: { upload: UploadState; label: (fileName: string) => string }) {
  if (upload.phase !== 'uploading') return null;
  return (
    <div className="upload-progress">
      <KolProgress _label={label(upload.fileName)} _value={upload.progress.percent} _max={100} _unit="%" />
    </div>
  );
}

/** The message of a failed upload, for the alert under the upload box; empty otherwise. */
export function uploadFailure(upload: UploadState): string {
  return upload.phase === 'failed' ? upload.message : '';
}
