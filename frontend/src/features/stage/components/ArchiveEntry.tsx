import { useTranslation } from 'react-i18next';
import type { ArchivedTalk } from '../api/programme';
import { FaqList, Recording, Transcript } from './Recording';
import { SlideList } from './Slides';
import { TalkCard } from './TalkCard';

/** One talk of the archive: its card, recording, slides and FAQ. */
export function ArchiveEntry({ entry, now, withEdition = false }: { entry: ArchivedTalk; now: Date; withEdition?: boolean }) {
  const { t } = useTranslation();
  const { talk } = entry;
  return (
    <li className="archive-entry panel">
      <TalkCard talk={talk} now={now} level={3} withDate={withEdition} withStage withEdition={withEdition} showAgenda={false} />
      {entry.recordingUrl && (
        <div className="archive-entry__recording">
          <Recording url={entry.recordingUrl} title={talk.title} captionsUrl={entry.captionsUrl} />
        </div>
      )}
      {entry.transcript && <Transcript text={entry.transcript} folded />}
      {entry.materials.length > 0 && <SlideList materials={entry.materials} />}
      {entry.faq.length > 0 && (
        <details>
          <summary>{t('archive.faq', { count: entry.faq.length })}</summary>
          <FaqList faq={entry.faq} />
        </details>
      )}
    </li>
  );
}
