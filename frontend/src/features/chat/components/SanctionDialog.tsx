import { KolButton, KolDialog, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chatApi, type ChatSanction } from '../api/chatRest';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { BAN_MINUTES, durationLabel, MUTE_MINUTES } from '../durations';
import { textField } from '../../../shared/forms/textField';
import { busyButton } from '../../../shared/forms/Feedback';

const MAX_REASON = 500;
const UNTIL_LIFTED = 'until-lifted';

interface SanctionDialogProps {
  kind: 'mute' | 'ban';
  /** The author of the message, as the channel shows them. */
  name: string;
  channel: string;
  seq: number;
  /** Called with the confirmation text once the sanction is in force. */
  onDone: (notice: string, sanction: ChatSanction) => void;
  /** Escape, the closer, "Abbrechen" and success all end here; the caller puts the focus back. */
  onClose: () => void;
}

/**
 * Mute or ban the author of a message for a chosen time, with an optional reason. A modal KoliBri
 * dialog: the focus goes to the duration, Escape closes it, and a refusal of the server (problem+json
 * detail) is shown in the dialog without closing it.
 */
export function SanctionDialog({ kind, name, channel, seq, onDone, onClose }: SanctionDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLKolDialogElement>(null);
  const durationRef = useRef<HTMLKolSelectElement>(null);
  const choices: readonly (number | null)[] = kind === 'mute' ? MUTE_MINUTES : BAN_MINUTES;
  const [minutes, setMinutes] = useState<number | null>(kind === 'mute' ? 15 : null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const closing = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    void Promise.resolve(dialog?.openModal?.()).then(() => durationRef.current?.focus?.());
    return () => {
      void dialog?.closeModal?.();
    };
  }, []);

  const close = () => {
    if (closing.current) return;
    closing.current = true;
    void dialogRef.current?.closeModal?.();
    onClose();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    // The button stays enabled while busy (busy.ts): a second Enter must not impose twice
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      const sanction = await chatApi.impose({
        kind,
        channel,
        seq,
        ...(minutes === null ? {} : { minutes }),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      void queryClient.invalidateQueries({ queryKey: ['chat', 'sanctions'] });
      const duration = durationLabel(minutes, t);
      onDone(
        kind === 'mute'
          ? t('chat.actions.muted', { name, duration })
          : minutes === null
            ? t('chat.actions.banned', { name })
            : t('chat.actions.bannedFor', { name, duration }),
        sanction,
      );
      close();
    } catch (e) {
      setProblem(t('chat.sanctionDialog.failed', { reason: errorMessage(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const title = kind === 'mute' ? t('chat.sanctionDialog.muteTitle', { name }) : t('chat.sanctionDialog.banTitle', { name });
  const tooLong = [...reason].length > MAX_REASON;

  return (
    <KolDialog ref={dialogRef} _label={title} _variant="card" _width="min(32rem, 100%)" _on={{ onClose: close }}>
      <form className="sanction-dialog" onSubmit={(e) => void submit(e)}>
        <p>
          {kind === 'mute' ? t('chat.sanctionDialog.muteIntro', { name }) : t('chat.sanctionDialog.banIntro', { name })}
        </p>
        <KolSelect
          ref={durationRef}
          _label={t('chat.sanctionDialog.duration')}
          _options={choices.map((m) => ({ label: durationLabel(m, t), value: m === null ? UNTIL_LIFTED : String(m) }))}
          _value={minutes === null ? UNTIL_LIFTED : String(minutes)}
          _on={{
            onChange: (_event: Event, value: unknown) => {
              const picked = String(Array.isArray(value) ? value[0] : value);
              setMinutes(picked === UNTIL_LIFTED ? null : Number(picked));
            },
          }}
        />
        <KolTextarea
          _label={t('chat.sanctionDialog.reason')}
          _hint={t('chat.sanctionDialog.reasonHint')}
          _rows={2}
          _maxLength={MAX_REASON}
          {...textField(reason, setReason)}
        />
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="button-row">
          <KolButton
            _label={
              busy
                ? t('chat.sanctionDialog.working')
                : kind === 'mute'
                  ? t('chat.sanctionDialog.confirmMute')
                  : t('chat.sanctionDialog.confirmBan')
            }
            _type="submit"
            _variant={kind === 'ban' ? 'danger' : 'primary'}
            _disabled={tooLong}
            {...busyButton(busy)}
          />
          <KolButton _label={t('chat.sanctionDialog.cancel')} _variant="secondary" _on={{ onClick: close }} />
        </div>
      </form>
    </KolDialog>
  );
}
