import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/ui/AppLink';
import { useTalkCaptions } from '../hooks';
import '../captionsTexts';

/** For those who may edit them (admins, moderators, the presenting booths' staff): the way to the captions page. */
export function CaptionsEditLink({ talkId }: { talkId: number }) {
  const { t } = useTranslation();
  const captions = useTalkCaptions(talkId);
  if (!captions.data?.mayEdit) return null;
  return (
    <p>
      <AppLink to={`/vortrag/${talkId}/untertitel`} label={t('captions.edit')} />
    </p>
  );
}
