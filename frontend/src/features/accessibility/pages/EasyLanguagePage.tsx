import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { accessibilityApi, SIGN_VIDEO_SLOTS, type SignVideoSlot } from '../api';
import { EasyLanguageIcon } from '../../../shared/ui/EasyLanguageIcon';
import { IconLink } from '../components/IconLink';
import { SignVideoPanel } from '../components/SignVideoPanel';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

function isSlot(value: string | undefined): value is SignVideoSlot {
  return SIGN_VIDEO_SLOTS.includes(value as SignVideoSlot);
}

/**
 * The Leichte-Sprache pages that BITV 2.0 §4 with Anlage 2 names: what the site offers, how to use it, the
 * statement's essentials and further content, each with its sign-language video slot. The texts are static
 * translations (docs/accessibility.md says why); the videos and transcripts come from the admins.
 */
export function EasyLanguagePage() {
  const { t } = useTranslation();
  const { slot } = useParams();
  const videos = useApiQuery(['accessibility', 'sign-videos'], accessibilityApi.signVideos);
  const current = isSlot(slot) ? slot : undefined;
  const title = current ? t(`a11y.easy.pages.${current}.title`) : t('a11y.easy.pageTitle');
  useDocumentTitle(title);

  if (!current) {
    return (
      <div className="page page--easy">
        <PageHeading>
          <EasyLanguageIcon size={40} /> {title}
        </PageHeading>
        <p className="easy-text">{t('a11y.easy.intro')}</p>
        <nav aria-label={t('a11y.easy.pagesLabel')}>
          <ul className="easy-pages">
            {SIGN_VIDEO_SLOTS.map((s) => (
              <li key={s}>
                <IconLink to={`/leichte-sprache/${s}`} label={t(`a11y.easy.pages.${s}.title`)} icon={<EasyLanguageIcon />} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    );
  }

  const paragraphs = t(`a11y.easy.pages.${current}.paragraphs`, { returnObjects: true }) as unknown as string[];
  const video = videos.data?.find((v) => v.slot === current);
  return (
    <div className="page page--easy">
      <PageHeading>{title}</PageHeading>
      <div className="easy-text">
        {paragraphs.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <SignVideoPanel video={video} fallbackTranscript={paragraphs.join('\n')} />
      <p>
        <AppLink to="/leichte-sprache" label={t('a11y.easy.back')} />
      </p>
    </div>
  );
}
