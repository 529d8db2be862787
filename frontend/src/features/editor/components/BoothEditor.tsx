import { KolAlert, KolButton } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton, SubmitButton } from '../../../shared/forms/Feedback';
import { ApiError, type BoothDraft, type EventDay, type Material, type TopicField, type VideoCaptionsFile } from '../../../shared/api';
import { BoothView } from '../../../shared/booth/BoothView';
import { ErrorSummary, type SummaryEntry } from '../../../shared/forms/ErrorSummary';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { fromContent, sameContent, toContent, type ContentForm } from '../contentForm';
import { describeField, focusField } from '../../../shared/forms/fields';
import { useFocusLater } from '../../../shared/forms/useFocusLater';
import { useAuthorizedObjectUrl } from '../hooks';
import { MaterialsSection } from './MaterialsSection';
import { VideoSection } from './VideoSection';
import { previewModel } from '../preview';
import { BasicsSection, ClassificationSection, EnglishSection, ExpertsSection, LinksSection, ServicesSection, type FieldProps } from './sections';
import { WorkflowBadge } from '../../../shared/booth/WorkflowBadge';
import { editorApi } from '../api/editor';
import { Notice } from '../../../shared/ui/Notice';
import '../../../i18n/editorTexts';

interface BoothEditorProps {
  draft: BoothDraft;
  topicFields: TopicField[];
  eventDays: EventDay[];
  /** Loads the draft again from the server (after a conflict). */
  onReload: () => void;
}

type Notice = { type: 'success' | 'error' | 'warning'; text: string } | null;

/**
 * The booth editor: all fields of BoothContent, materials, save (409: reload; 400: messages at the
 * fields plus a summary), submit for review, and a live preview as the booth page would show it.
 * Mount it with key={draft version} so a reload starts from the server's state.
 */
export function BoothEditor({ draft: initial, topicFields, eventDays, onReload }: BoothEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [form, setForm] = useState<ContentForm>(() => fromContent(initial.content));
  const [saved, setSaved] = useState<ContentForm>(() => fromContent(initial.content));
  const [uploaded, setUploaded] = useState<Material[]>(initial.uploadedMaterials);
  const [captionsFiles, setCaptionsFiles] = useState<VideoCaptionsFile[]>(initial.uploadedCaptions ?? []);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);

  const disabled = !draft.editingEnabled || draft.contentEditor === false;
  const dirty = !sameContent(form, saved);

  const update = useCallback((change: (form: ContentForm) => ContentForm) => setForm(change), []);
  const focusLater = useFocusLater(form);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const field: FieldProps = (path) => {
    const messages = errors[path];
    return {
      'data-field': path,
      _msg: kolMsg(messages?.join(' ')),
      _touched: Boolean(messages),
      _disabled: disabled,
    };
  };

  const summary: SummaryEntry[] = useMemo(
    () =>
      Object.entries(errors).flatMap(([path, messages]) =>
        messages.map((message) => ({ path, label: describeField(path, t), message })),
      ),
    [errors, t],
  );

  const accept = (next: BoothDraft, content: ContentForm) => {
    setDraft(next);
    setSaved(content);
    setUploaded(next.uploadedMaterials);
    setCaptionsFiles(next.uploadedCaptions ?? []);
    queryClient.setQueryData(['draft', next.slug], next);
    void queryClient.invalidateQueries({ queryKey: ['my-booths'] });
  };

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict(true);
      setNotice(null);
      return;
    }
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      setErrors(fieldErrors(error.problem.errors, 'content.', (key) => t(key)));
      setNotice(null);
      setSummaryFocus((n) => n + 1);
      return;
    }
    setNotice({ type: 'error', text: errorMessage(error, t) });
  };

  /** Saves; resolves with the new draft, or undefined when it failed (the failure is shown). */
  const save = async (): Promise<BoothDraft | undefined> => {
    const content = form;
    try {
      const next = await editorApi.saveDraft(draft.slug, draft.version, toContent(content));
      setErrors({});
      accept(next, content);
      return next;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  const onSave = async (event?: FormEvent) => {
    event?.preventDefault();
    if (disabled || busy) return;
    setBusy('save');
    setNotice(null);
    const next = await save();
    setBusy(null);
    if (next) setNotice({ type: 'success', text: t('editor.saved') });
  };

  const onSubmit = async () => {
    if (disabled || busy) return;
    setBusy('submit');
    setNotice(null);
    let current: BoothDraft | undefined = draft;
    if (dirty || draft.version < 0) current = await save();
    if (current) {
      try {
        const next = await editorApi.submitDraft(current.slug, current.version);
        accept(next ?? { ...current, workflowState: 'submitted', reason: null }, form);
        setNotice({ type: 'success', text: t('editor.submitted') });
      } catch (error) {
        fail(error);
      }
    }
    setBusy(null);
  };

  const logoPath = uploaded.find((m) => String(m.id) === form.logoId)?.url;
  const bannerPath = uploaded.find((m) => String(m.id) === form.bannerId)?.url;
  const logoUrl = useAuthorizedObjectUrl(logoPath);
  const bannerUrl = useAuthorizedObjectUrl(bannerPath);
  // Uploaded captions are not public before review: the preview's text track reads them with the editor's token
  const captionsPath =
    form.video.captionsSource === 'upload' ? captionsFiles.find((c) => String(c.id) === form.video.captionsId)?.url : undefined;
  const captionsObjectUrl = useAuthorizedObjectUrl(captionsPath);
  const uploadedCaptions = captionsFiles.map((c) => (c.url === captionsPath ? { ...c, url: captionsObjectUrl ?? '' } : c));
  const preview = previewModel(form, {
    exhibitor: draft.exhibitor,
    topicFields,
    eventDays,
    uploaded,
    logoUrl,
    bannerUrl,
    uploadedCaptions,
  });

  const sectionProps = { form, update, field, disabled, focusLater };

  return (
    <div className="editor">
      <div className="editor__status panel">
        <p className="editor__state">
          <span>{t('editor.state')}:</span> <WorkflowBadge state={draft.workflowState} />
          {dirty && <span className="unsaved">{t('editor.unsaved')}</span>}
        </p>
        {/* The hints say what to do next; while archive mode closed editing there is nothing to do */}
        {!disabled && <p className="field-hint">{t(`editor.stateHint.${draft.workflowState}`)}</p>}
        {draft.workflowState === 'rejected' && draft.reason && (
          <Notice type="warning" label={t('editor.rejectedReason')}>
            <span lang="de">{draft.reason}</span>
          </Notice>
        )}
        {!draft.editingEnabled && (
          <Notice type="info" label={t('editor.archive.title')}>
            {t('editor.archive.text')}
          </Notice>
        )}
      </div>

      {conflict && (
        <div className="form-notice conflict" role="alert">
          <KolAlert _type="error" _variant="card" _label={t('editor.conflict.title')} _level={0}>
            {t('editor.conflict.text')}
          </KolAlert>
          <KolButton _label={t('editor.conflict.reload')} _variant="primary" _on={{ onClick: onReload }} />
        </div>
      )}

      <ErrorSummary ref={summaryRef} entries={summary} onSelect={(path) => focusField(path)} />

      <div className="editor__layout">
        <form className="editor__form" onSubmit={(event) => void onSave(event)} noValidate aria-label={t('editor.formLabel')}>
          <BasicsSection {...sectionProps} />
          <EnglishSection {...sectionProps} />
          <ClassificationSection {...sectionProps} topicFields={topicFields} eventDays={eventDays} />
          <LinksSection {...sectionProps} />
          <ServicesSection {...sectionProps} topicFields={topicFields} />
          <ExpertsSection {...sectionProps} />
          <MaterialsSection
            {...sectionProps}
            slug={draft.slug}
            uploaded={uploaded}
            onUploaded={(material) => setUploaded((list) => [...list, material])}
          />
          <VideoSection
            {...sectionProps}
            slug={draft.slug}
            captions={captionsFiles}
            onCaptionsUploaded={(captions) => setCaptionsFiles((list) => [...list, captions])}
            videos={draft.uploadedVideos ?? []}
          />
          <div className="editor__actions panel">
            <div className="button-row">
              <SubmitButton label={busy === 'save' ? t('editor.saving') : t('editor.save')} busy={busy !== null} disabled={disabled} />
              <ActionButton
                label={busy === 'submit' ? t('editor.submitting') : t('editor.submit')}
                variant="secondary"
                disabled={disabled || (draft.workflowState === 'submitted' && !dirty)}
                busy={busy !== null}
                onClick={() => void onSubmit()}
              />
            </div>
            <p className="field-hint">{t('editor.submitHint')}</p>
            <div role="status" className="editor__notice">
              {notice?.type === 'success' && <p className="success-text">{notice.text}</p>}
            </div>
            {notice?.type === 'error' && (
              <p role="alert" className="field-error">
                {notice.text}
              </p>
            )}
          </div>
        </form>

        {/* Focusable: on wide screens the preview scrolls on its own and must be scrollable by keyboard. */}
        <section className="editor__preview" aria-labelledby="preview-heading" tabIndex={0}>
          <div className="preview-frame">
            <h2 id="preview-heading" className="preview-frame__title">
              {t('editor.preview.heading')}
            </h2>
            <p className="field-hint">{t('editor.preview.hint')}</p>
            <div className="preview-frame__page">
              <p className="preview-frame__name" lang="de">
                {preview.name || t('editor.preview.noName')}
              </p>
              <BoothView booth={preview} level={3} preview />
            </div>
          </div>
        </section>
      </div>
    </div>
  );
}
