import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BoothDraft } from '../../../shared/api';
import { FakeXhr } from '../../../test/fakeXhr';
import { boothDraft, EDITOR_READS } from '../../../test/editorBackend';
import { authenticated, ME, mockApi, mockFetch, renderRoute, type Answer, writes } from '../../../test/render';

const draft = boothDraft(
  {
    name: 'Digitaler Umzugsservice',
    tagline: 'Einmal umziehen.',
    description: 'Beschreibung mit **Markdown**.',
    topicFields: ['bauen-wohnen'],
    eventDayId: 4,
    tags: ['Umzug'],
    links: [{ label: 'Projekt', url: 'https://example.org' }],
    logoId: null,
    bannerId: null,
    services: [],
    experts: [],
    materials: [],
  },
  {
    uploadedMaterials: [
      { id: 8, title: 'Flyer', kind: 'document', mediaType: 'application/pdf', fileName: 'flyer.pdf', sizeBytes: 2048, sha256: 'x', downloads: 0, url: '/api/booths/kreis-soest-umzug/materials/8' },
    ],
  },
);

function backend(options: { draft?: BoothDraft; save?: Answer; submit?: Answer } = {}) {
  let current = options.draft ?? draft;
  return mockApi(EDITOR_READS, (url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/booths/kreis-soest-umzug/draft' && method === 'GET') return { body: current };
    if (url.pathname === '/api/booths/kreis-soest-umzug/draft' && method === 'PUT') {
      if (options.save) return options.save;
      const body = JSON.parse(String(init!.body));
      current = { ...current, version: current.version + 1, workflowState: 'editing', content: body.content };
      return { body: current };
    }
    if (url.pathname === '/api/booths/kreis-soest-umzug/video-uploads/7') {
      return {
        body: { id: 7, fileName: 'stand.mp4', sizeBytes: 9, state: 'ready', playlistUrl: '/api/booths/kreis-soest-umzug/video-files/7/index.m3u8', uploadedAt: '2026-12-07T10:00:00Z' },
      };
    }
    if (url.pathname === '/api/talks/3/captions.vtt') return { body: 'WEBVTT', contentType: 'text/vtt' };
    if (url.pathname === '/api/booths/kreis-soest-umzug/submit') {
      current = { ...current, workflowState: 'submitted' };
      return options.submit ?? { body: current };
    }
    return undefined;
  });
}

type KolField = Element & { _msg?: { _description: string }; _touched?: boolean; _on?: { onInput?: (e: Event, v: unknown) => void } };

const field = (container: HTMLElement, path: string) => container.querySelector(`[data-field="${path}"]`) as KolField | null;

function type(container: HTMLElement, path: string, value: string) {
  act(() => field(container, path)?._on?.onInput?.(new Event('input'), value));
}

async function openEditor() {
  const result = renderRoute('/mein-stand/kreis-soest-umzug/bearbeiten', { auth: authenticated('aussteller-soest') });
  await screen.findByRole('heading', { level: 1, name: 'Stand bearbeiten: Digitaler Umzugsservice' });
  await waitFor(() => expect(field(result.container, 'tagline')).not.toBeNull());
  return result;
}

type Clickable = { _on: { onClick: () => void } };

const button = (container: HTMLElement, label: string) =>
  [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === label);

const form = (container: HTMLElement) => container.querySelector('form.editor__form') as HTMLFormElement;

describe('BoothEditorPage', () => {
  it('shows the content, the state and a live preview that follows the input', async () => {
    backend();
    const { container } = await openEditor();

    expect(document.title).toBe('Stand bearbeiten: Digitaler Umzugsservice – Kommunalmesse');
    expect(container.querySelector('kol-badge[_label="Veröffentlicht"]')).not.toBeNull();
    expect(screen.getByText(/Änderungen werden erst nach der Prüfung öffentlich/)).toBeTruthy();
    const preview = container.querySelector('.editor__preview') as HTMLElement;
    expect(preview.textContent).toContain('Einmal umziehen.');
    await waitFor(() => expect(preview.querySelector('.markdown strong')?.textContent).toBe('Markdown'));

    type(container, 'tagline', 'Umzugslotse: einmal umziehen.');

    expect(preview.textContent).toContain('Umzugslotse: einmal umziehen.');
    expect(screen.getByText('Ungespeicherte Änderungen')).toBeTruthy();
  });

  it('saves with the version it started from', async () => {
    const fetchMock = backend();
    const { container } = await openEditor();
    type(container, 'tagline', 'Neu');

    fireEvent.submit(form(container));

    await waitFor(() => expect(screen.getByText('Ihre Änderungen sind gespeichert.')).toBeTruthy());
    const [save] = writes(fetchMock);
    expect(save.request).toBe('PUT /api/booths/kreis-soest-umzug/draft');
    expect(save.body).toMatchObject({ version: -1, content: { tagline: 'Neu', name: 'Digitaler Umzugsservice', topicFields: ['bauen-wohnen'] } });
    expect(container.querySelector('kol-badge[_label="In Bearbeitung"]')).not.toBeNull();
    expect(screen.queryByText('Ungespeicherte Änderungen')).toBeNull();
  });

  it('puts the messages of a 400 problem next to their fields and into a summary', async () => {
    backend({
      save: {
        status: 400,
        contentType: 'application/problem+json',
        body: {
          title: 'Eingaben ungültig',
          status: 400,
          detail: 'Einige Angaben sind ungültig.',
          errors: [
            { field: 'content.name', message: 'darf nicht leer sein' },
            { field: 'content.links[0].url', message: 'muss mit "https?://[^\\s<>"]+" übereinstimmen' },
          ],
        },
      },
    });
    const { container } = await openEditor();

    fireEvent.submit(form(container));

    const summary = await waitFor(() => {
      const element = container.querySelector('.error-summary');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    expect(summary.textContent).toContain('Bitte korrigieren Sie 2 Angaben:');
    const links = [...summary.querySelectorAll('kol-link')].map((l) => [l.getAttribute('_href'), l.getAttribute('_label')]);
    expect(links).toEqual([
      ['#name', 'Name des Stands: darf nicht leer sein'],
      ['#links[0].url', 'Link 1: Adresse (URL): Bitte geben Sie eine vollständige Webadresse an, die mit http:// oder https:// beginnt.'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(field(container, 'name')?._msg?._description).toBe('darf nicht leer sein');
    expect(field(container, 'name')?._touched).toBe(true);
    expect(field(container, 'links[0].url')?._msg?._description).toMatch(/vollständige Webadresse/);
    expect(field(container, 'tagline')?._msg).toBeUndefined();
  });

  it('tells about a conflicting save (409) and offers to load the current booth', async () => {
    const fetchMock = backend({
      save: { status: 409, contentType: 'application/problem+json', body: { title: 'Konflikt', status: 409, detail: 'veraltet' } },
    });
    const { container } = await openEditor();
    type(container, 'tagline', 'Meine Änderung');

    fireEvent.submit(form(container));

    expect(await screen.findByText(/Jemand anderes hat den Stand gespeichert/)).toBeTruthy();
    const reload = [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === 'Aktuellen Stand laden') as
      | (Element & { _on: { onClick: () => void } })
      | undefined;
    expect(reload).toBeDefined();
    const draftLoads = () => fetchMock.mock.calls.filter(([u, i]) => String(u).endsWith('/draft') && (i?.method ?? 'GET') === 'GET').length;
    const before = draftLoads();
    act(() => reload!._on.onClick());
    await waitFor(() => expect(draftLoads()).toBe(before + 1));
    await waitFor(() => expect(container.querySelector('.editor__preview')?.textContent).toContain('Einmal umziehen.'));
  });

  it('saves unsaved changes before submitting for review', async () => {
    const fetchMock = backend();
    const { container } = await openEditor();
    type(container, 'tagline', 'Zur Prüfung');
    const submit = button(container, 'Zur Prüfung einreichen') as unknown as Clickable;

    act(() => submit._on.onClick());

    await waitFor(() => expect(screen.getByText(/zur Prüfung eingereicht\. Sie werden öffentlich/)).toBeTruthy());
    expect(writes(fetchMock).map((w) => w.request)).toEqual([
      'PUT /api/booths/kreis-soest-umzug/draft',
      'POST /api/booths/kreis-soest-umzug/submit',
    ]);
    expect(writes(fetchMock)[1].body).toEqual({ version: 0 });
    expect(container.querySelector('kol-badge[_label="Zur Prüfung eingereicht"]')).not.toBeNull();
  });

  it('uploads a material with a progress bar and shows it on the booth without a separate tick', async () => {
    backend();
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { container } = await openEditor();
    const fileInput = container.querySelector('kol-input-file') as Element & { _on: { onChange: (e: Event, v: unknown) => void } };
    const pdf = new File(['%PDF-1.4'], 'Umzug_Flyer.pdf', { type: 'application/pdf' });

    act(() => fileInput._on.onChange(new Event('change'), [pdf]));
    const title = [...container.querySelectorAll('kol-input-text')].find((i) => i.getAttribute('_label') === 'Titel der Datei') as Element & {
      _value: string;
    };
    expect(title._value).toBe('Umzug Flyer');
    act(() => (button(container, 'Hochladen') as unknown as Clickable)._on.onClick());

    expect(FakeXhr.sent).toHaveLength(1);
    const xhr = FakeXhr.sent[0];
    expect(xhr.url).toBe('/api/booths/kreis-soest-umzug/materials');
    expect(xhr.form?.get('title')).toBe('Umzug Flyer');
    act(() => xhr.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 } as ProgressEvent));
    const progress = container.querySelector('kol-progress') as Element & { _value: number; _max: number };
    expect(progress._value).toBe(40);
    expect(progress._max).toBe(100);
    expect(screen.getByText('„Umzug_Flyer.pdf“ wird hochgeladen …').getAttribute('role')).toBe('status');

    act(() => {
      xhr.status = 201;
      xhr.responseText = JSON.stringify({
        id: 9,
        title: 'Umzug Flyer',
        kind: 'document',
        mediaType: 'application/pdf',
        fileName: 'Umzug_Flyer.pdf',
        sizeBytes: 8,
        sha256: 'y',
        downloads: 0,
        url: '/api/booths/kreis-soest-umzug/materials/9',
      });
      xhr.onload?.();
    });

    await waitFor(() => expect(container.querySelector('kol-progress')).toBeNull());
    expect(screen.getByText(/„Umzug_Flyer.pdf“ wurde hochgeladen/)).toBeTruthy();
    // Shown on the booth straight away, without a separate tick; the box takes it off again
    const show = field(container, 'material-9') as (KolField & { _checked?: boolean }) | null;
    expect(show?.getAttribute('_label')).toBe('„Umzug Flyer“ auf dem Stand zeigen');
    expect(show?._checked).toBe(true);
    expect(field(container, 'materials[0].title')).not.toBeNull();
    expect(container.querySelector('.editor__preview')?.textContent).toContain('Umzug Flyer');
    act(() => show?._on?.onInput?.(new Event('input'), false));
    expect(field(container, 'materials[0].title')).toBeNull();
  });

  it('sets a video with captions by address, shows it in the preview and saves it', async () => {
    const fetchMock = backend();
    // The preview fetches this site's captions with the login (they may belong to a video not published yet)
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:captions'), revokeObjectURL: vi.fn() }));
    const { container } = await openEditor();
    const preview = container.querySelector('.editor__preview') as HTMLElement;
    expect(field(container, 'video.url')?.getAttribute('_label')).toBe('Adresse des Videos');

    type(container, 'video.url', '/media/demo/aufzeichnung.m3u8');
    type(container, 'video.title', 'Der Stand in einer Minute');
    act(() => field(container, 'video.captionsSource')?._on?.onInput?.(new Event('input'), 'url'));
    expect(preview.querySelector('video')).toBeNull();
    type(container, 'video.captionsUrl', '/api/talks/3/captions.vtt');

    const video = preview.querySelector('video');
    expect(video?.getAttribute('aria-label')).toBe('Video: Der Stand in einer Minute');
    await waitFor(() => expect(video?.querySelector('track[kind="captions"]')?.getAttribute('src')).toBe('blob:captions'));
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/api/talks/3/captions.vtt'))).toBe(true);

    fireEvent.submit(form(container));
    await waitFor(() => expect(screen.getByText('Ihre Änderungen sind gespeichert.')).toBeTruthy());
    expect(writes(fetchMock)[0].body).toMatchObject({
      content: {
        video: { url: '/media/demo/aufzeichnung.m3u8', captionsId: null, captionsUrl: '/api/talks/3/captions.vtt', title: 'Der Stand in einer Minute' },
      },
    });
  });

  it('uploads WebVTT captions for the video and chooses them', async () => {
    const fetchMock = backend();
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { container } = await openEditor();
    const captionsInput = [...container.querySelectorAll('kol-input-file')].find(
      (i) => i.getAttribute('_label') === 'Untertitel-Datei (WebVTT)',
    ) as Element & { _on: { onChange: (e: Event, v: unknown) => void } };
    const vtt = new File(['WEBVTT\n\n00:00.500 --> 00:04.000\nHallo\n'], 'untertitel.vtt', { type: 'text/vtt' });
    act(() => captionsInput._on.onChange(new Event('change'), [vtt]));
    act(() => (button(container, 'Untertitel hochladen') as unknown as Clickable)._on.onClick());

    const xhr = FakeXhr.sent[0];
    expect(xhr.url).toBe('/api/booths/kreis-soest-umzug/video-captions');
    act(() => {
      xhr.status = 201;
      xhr.responseText = JSON.stringify({ id: 5, fileName: 'untertitel.vtt', sizeBytes: 40, cueCount: 1, url: '/api/booths/kreis-soest-umzug/video-captions/5' });
      xhr.onload?.();
    });
    await waitFor(() => expect(screen.getByText('„untertitel.vtt“ ist hochgeladen und für das Video gewählt.')).toBeTruthy());
    const choice = field(container, 'video.captionsId') as (KolField & { _value?: string; _options?: { label: string }[] }) | null;
    expect(choice?._value).toBe('5');
    expect(choice?._options?.map((o) => o.label)).toContain('untertitel.vtt (1 Untertitel)');

    type(container, 'video.url', 'https://video.example.org/stand.mp4');
    type(container, 'video.title', 'Rundgang');
    fireEvent.submit(form(container));
    await waitFor(() => expect(writes(fetchMock).length).toBe(1));
    expect(writes(fetchMock)[0].body).toMatchObject({ content: { video: { captionsId: 5, captionsUrl: null } } });
  });

  it('uploads a video, says "wird umgewandelt" until the server converted it, then uses its playlist', async () => {
    backend();
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { container } = await openEditor();
    const videoInput = [...container.querySelectorAll('kol-input-file')].find(
      (i) => i.getAttribute('_label') === 'Videodatei (MP4, WebM oder MOV)',
    ) as Element & { _on: { onChange: (e: Event, v: unknown) => void } };
    act(() => videoInput._on.onChange(new Event('change'), [new File(['....ftyp'], 'stand.mp4', { type: 'video/mp4' })]));
    act(() => (button(container, 'Video hochladen') as unknown as Clickable)._on.onClick());

    const xhr = FakeXhr.sent[0];
    expect(xhr.url).toBe('/api/booths/kreis-soest-umzug/video-uploads');
    act(() => {
      xhr.status = 201;
      xhr.responseText = JSON.stringify({ id: 7, fileName: 'stand.mp4', sizeBytes: 9, state: 'processing', playlistUrl: null, uploadedAt: '2026-12-07T10:00:00Z' });
      xhr.onload?.();
    });
    expect((await screen.findByText('„stand.mp4“ wird umgewandelt …')).getAttribute('role')).toBe('status');

    await waitFor(() => expect(screen.getByText('„stand.mp4“ ist umgewandelt.')).toBeTruthy(), { timeout: 6000 });
    const url = () => (field(container, 'video.url') as (KolField & { _value?: string }) | null)?._value;
    await waitFor(() => expect(url()).toBe('/api/booths/kreis-soest-umzug/video-files/7/index.m3u8'));
  });

  it('does not upload a file over 25 MB', async () => {
    backend();
    const open = vi.fn();
    vi.stubGlobal(
      'XMLHttpRequest',
      class {
        open = open;
        upload = {};
        setRequestHeader() {}
        send() {}
      },
    );
    const { container } = await openEditor();
    const big = new File(['x'], 'gross.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    const fileInput = container.querySelector('kol-input-file') as Element & {
      _on: { onChange: (e: Event, v: unknown) => void };
      _msg?: { _description: string };
    };
    act(() => fileInput._on.onChange(new Event('change'), [big]));
    act(() => (button(container, 'Hochladen') as unknown as Clickable)._on.onClick());
    expect(open).not.toHaveBeenCalled();
    expect(fileInput._msg?._description).toMatch(/höchstens 25 MB/);
  });

  it('shows "Archivmodus: Bearbeitung geschlossen" and locks the form when editing is closed', async () => {
    backend({ draft: { ...draft, editingEnabled: false } });
    const { container } = await openEditor();
    expect(container.querySelector('kol-alert[_label="Archivmodus: Bearbeitung geschlossen"]')).not.toBeNull();
    expect((field(container, 'name') as unknown as { _disabled: boolean })._disabled).toBe(true);
    const save = [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === 'Speichern') as unknown as { _disabled: boolean };
    expect(save._disabled).toBe(true);
    // No "save and submit" advice that cannot be followed
    expect(screen.queryByText(/Änderungen werden erst nach der Prüfung öffentlich/)).toBeNull();
  });

  it('locks the form for booth staff who do not lead the team and says why, without an archive notice', async () => {
    backend({ draft: { ...draft, contentEditor: false } });
    const { container } = await openEditor();
    expect(container.querySelector('kol-alert[_label="Sie lesen diesen Stand als Standpersonal"]')).not.toBeNull();
    expect(container.querySelector('kol-alert[_label="Archivmodus: Bearbeitung geschlossen"]')).toBeNull();
    expect((field(container, 'name') as unknown as { _disabled: boolean })._disabled).toBe(true);
    const save = [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === 'Speichern') as unknown as { _disabled: boolean };
    expect(save._disabled).toBe(true);
  });

  it('shows "Keine Berechtigung" for a booth of another exhibitor', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname.endsWith('/draft')) {
        return { status: 403, contentType: 'application/problem+json', body: { title: 'Keine Berechtigung', status: 403 } };
      }
      return { body: [] };
    });
    renderRoute('/mein-stand/stadt-x/bearbeiten', { auth: authenticated('aussteller-soest') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeTruthy();
  });
});
