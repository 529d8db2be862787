import { KolBadge, KolCard } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothCard as BoothCardData } from '../api';
import { textLang, useTextLang } from '../../i18n/textLang';
import { useEditionHref, useEditionTitle } from '../edition/EditionContext';
import { AppLink } from '../ui/AppLink';
import { RegionFact, TopicFieldsFact } from './BoothFacts';
import { useLabels } from './labels';
import { Picture } from '../images/Picture';
import { Fact } from '../ui/Fact';

export const FEATURED_BADGE_COLOR = { backgroundColor: '#7a3e00', foregroundColor: '#ffffff' };

/** The tile classes for a booth: featured ones get a frame, the tile size sets the span and density. */
export function boothTileClass(booth: Pick<BoothCardData, 'featured' | 'tileSize'>): string {
  const size = booth.tileSize === 'large' || booth.tileSize === 'small' ? booth.tileSize : 'medium';
  return ['booth-tile', `booth-tile--${size}`, booth.featured ? 'booth-tile--featured' : ''].filter(Boolean).join(' ');
}

/**
 * One booth in the hall grid, with its logo if it has one. Featured booths are marked by a badge and a frame. A large tile takes a whole
 * row on wide screens, a small one leaves out the topic fields; the grid never reorders tiles
 * (no dense packing), so the visual order always equals the reading and tab order.
 */
export function BoothCard({ booth, showEdition = false, children }: { booth: BoothCardData; showEdition?: boolean; children?: ReactNode }) {
  const editionHref = useEditionHref();
  const editionTitle = useEditionTitle();
  const { t, i18n } = useTranslation();
  const langOf = useTextLang();
  const { exhibitorTypeName } = useLabels();
  return (
    <li className={boothTileClass(booth)}>
      <KolCard _label={booth.name} _level={2} lang={textLang(booth.lang, 'name')}>
        <div className="booth-card" lang={i18n.language}>
          {booth.featured && (
            <p className="booth-card__badge">
              <KolBadge _label={t('booth.featured')} _color={FEATURED_BADGE_COLOR} />
            </p>
          )}
          {booth.logoUrl && (
            <Picture
              className="booth-card__logo"
              src={booth.logoUrl}
              alt={t('booth.logoAlt', { name: booth.name })}
              width={192}
              height={56}
              sizes="12rem"
              maxWidth={640}
            />
          )}
          {booth.tagline && (
            <p className="booth-card__tagline" lang={langOf(booth.lang, 'tagline')}>
              {booth.tagline}
            </p>
          )}
          <dl className="facts facts--compact">
            <Fact label={t('booth.exhibitor')}>
              {booth.exhibitor.name} <span className="muted">({exhibitorTypeName(booth.exhibitor.type)})</span>
            </Fact>
            <RegionFact region={booth.region} />
            {booth.tileSize !== 'small' && <TopicFieldsFact topicFields={booth.topicFields} />}
            {showEdition && booth.edition && <Fact label={t('edition.hall.cardEdition')}>{editionTitle(booth.edition)}</Fact>}
          </dl>
          <p className="booth-card__link">
            <AppLink
              to={editionHref(`/stand/${encodeURIComponent(booth.slug)}`, booth.edition)}
              label={t('booth.open', { name: booth.name })}
              multiline
            />
          </p>
          {children}
        </div>
      </KolCard>
    </li>
  );
}
