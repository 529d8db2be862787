import { KolButton, KolSelect } from '@public-ui/react-v19';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { programmeApi } from '../api/programme';
import { useEdition } from '../../../shared/edition/EditionContext';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { ArchiveEntry } from '../components/ArchiveEntry';
import { useNow } from '../useNow';
import { SearchField } from '../components/SearchField';

const ALL = 'alle';

/**
 * The archive of the whole series: talks of every edition with a recording, slides or FAQ, searchable by words
 * and narrowed to one edition if wanted. The search runs on "Suchen" (or Enter), not while typing (WCAG 3.2.2).
 */
export function ArchiveSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const edition = params.get('ausgabe') ?? ALL;
  const [input, setInput] = useState(q);
  const [chosen, setChosen] = useState(edition);
  const { editions } = useEdition();
  const archive = useQuery({
    queryKey: ['archive-search', edition, q],
    queryFn: ({ signal }) => programmeApi.archive(edition === ALL ? undefined : edition, q || undefined, { signal }),
    placeholderData: keepPreviousData,
  });
  const now = useNow();
  useDocumentTitle(t('archive.allHeading'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (input.trim()) next.q = input.trim();
    if (chosen !== ALL) next.ausgabe = chosen;
    setParams(next);
  };
  const editionOptions = [
    { label: t('edition.hall.all'), value: ALL },
    ...(editions ?? []).map((e) => ({ label: e.current ? t('edition.switch.current', { title: e.title }) : e.title, value: e.slug })),
  ];
  const talks = archive.data ?? [];

  return (
    <div className="page page--archive">
      <PageHeading>{t('archive.allHeading')}</PageHeading>
      <p className="lead">{t('archive.allIntro')}</p>
      <form role="search" aria-label={t('archive.allSearch')} onSubmit={submit} className="archive-search">
        <SearchField label={t('archive.allSearch')} value={input} onChange={setInput} />
        <KolSelect
          _label={t('edition.hall.filter')}
          _options={editionOptions}
          _value={chosen}
          _on={{ onInput: (_event: Event, value: unknown) => setChosen(String(value ?? ALL)) }}
        />
        <KolButton _label={t('archive.searchButton')} _type="submit" _variant="primary" />
      </form>
      <p role="status" className="status-line">
        {archive.isPending ? t('common.loading') : t('schedule.count', { count: talks.length })}
      </p>
      {archive.isError && <ApiErrorAlert error={archive.error} onRetry={() => void archive.refetch()} />}
      {archive.data && talks.length === 0 && <p className="empty-state">{t('schedule.empty')}</p>}
      <ol className="archive-list">
        {talks.map((entry) => (
          <ArchiveEntry key={entry.talk.id} entry={entry} now={now} withEdition />
        ))}
      </ol>
    </div>
  );
}
