import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { CaptionsWaiver } from '../api/programme';
import '../captionsTexts';

/** An admin's decision to go online without captions: why, when and (for admins) who. */
export function WaiverNote({ waiver }: { waiver: CaptionsWaiver }) {
  const { t, i18n } = useTranslation();
  const at = formatDateTime(waiver.decidedAt, i18n.language);
  return (
    <p className="waiver-note">
      {waiver.decidedBy
        ? t('captions.waiver.currentBy', { by: waiver.decidedBy, at, reason: waiver.reason })
        : t('captions.waiver.current', { at, reason: waiver.reason })}
    </p>
  );
}
