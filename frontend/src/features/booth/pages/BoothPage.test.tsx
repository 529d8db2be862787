import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { i18n } from '../../../i18n';
import { boothDetail } from '../../../test/fixtures';
import { allWrites, authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

const BOOTH_URL = '/api/booths/kreis-soest-umzug';

function backend(booth: object = boothDetail) {
  return mockFetch((url, init) => {
    if (url.pathname === BOOTH_URL) return { body: booth };
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/me/bookmarks/kreis-soest-umzug') return { status: 204, body: undefined };
    if (url.pathname === `${BOOTH_URL}/contact-requests` && init?.method === 'POST') {
      return { status: 201, body: { id: 1, status: 'neu' } };
    }
    return undefined;
  });
}

/** Sets a KoliBri field the way its input event would (jsdom renders no shadow DOM). */
function kolInput(element: Element | null, value: unknown) {
  const on = (element as unknown as { _on?: { onInput?: (e: Event, v: unknown) => void } })._on;
  act(() => on?.onInput?.(new Event('input'), value));
}

describe('BoothPage', () => {
  it('shows the booth with its Markdown description, services and materials', async () => {
    backend();

    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' })).toBeTruthy();
    expect(screen.getByText('Ummelden ohne Behördengang.')).toBeTruthy();
    // Raw HTML in the description stays text; Markdown becomes markup (once the renderer's chunk is there), its
    // heading below the h2.
    await waitFor(() => expect(container.querySelector('.markdown h4')).not.toBeNull());
    expect(screen.getByText('Erster Absatz mit <b>Markup</b>.')).toBeTruthy();
    expect(container.querySelector('.markdown b')).toBeNull();
    expect(container.querySelector('.markdown h4')?.textContent).toBe('Ablauf');
    expect(container.querySelector('.markdown strong')?.textContent).toBe('ummelden');
    expect(container.querySelector('.markdown a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelector('video')).toBeNull();

    const logo = container.querySelector('img.booth-view__logo');
    expect(logo?.getAttribute('alt')).toBe('Logo: Digitaler Umzugsservice');
    expect(logo?.getAttribute('srcset')).toContain('/api/booths/kreis-soest-umzug/materials/7/variants/320 320w');
    expect(logo?.previousElementSibling?.getAttribute('srcset')).toContain('/variants/640.webp 640w');
    // Without a banner the logo is the page's top picture: loaded first
    expect(logo?.getAttribute('fetchpriority')).toBe('high');
    expect(container.querySelector('kol-heading[_label="Umzugsportal"]')).not.toBeNull();
    expect(container.querySelector('kol-badge[_label="Entwicklungsstand: Im Betrieb"]')).not.toBeNull();
    expect(container.querySelector('kol-badge[_label="Nachnutzung: Einer für Alle (EfA)"]')).not.toBeNull();
    expect(screen.getAllByText('EUPL-1.2')).toHaveLength(2);
    expect(screen.getByText('Stufe 3 – Online-Leistung (Reifegradmodell 1.1)')).toBeTruthy();
    expect(screen.getByText('99115003001000')).toBeTruthy();
    expect(screen.getByText('Betrieb durch einen IT-Dienstleister')).toBeTruthy();
    expect(screen.getByText('Kostenbeteiligung – nach Einwohnerzahl')).toBeTruthy();
    expect(screen.getByText('Gemeinde Möhnesee (2026)')).toBeTruthy();
    expect(container.querySelector('kol-link[_href="https://example.org/marktplatz/umzug"]')).not.toBeNull();
    expect(container.querySelector('kol-link-button[_label="Nachnutzung anfragen: Umzugsportal"]')).not.toBeNull();
    expect(screen.getByText('Stadt Lippstadt, Stadt Werl')).toBeTruthy();
    expect(container.querySelector('kol-link[_href="https://gitlab.opencode.de/kreis-soest/umzug"]')).not.toBeNull();
    const material = container.querySelector('kol-link[_href="/api/booths/kreis-soest-umzug/materials/8"]');
    expect(material?.textContent).toBe('Flyer Umzugsservice (Dokument, PDF, 245 KB)');
    expect(document.title).toBe('Digitaler Umzugsservice – Kommunalmesse');
  });

  it('shows the booth video with its captions track and title', async () => {
    backend({
      ...boothDetail,
      video: {
        url: '/media/demo/aufzeichnung.m3u8',
        kind: 'hls',
        captionsUrl: '/api/talks/3/captions.vtt',
        title: 'Der Stand in einer Minute',
        description: 'Demo-Video mit deutschen Untertiteln.',
      },
    });
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });
    await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' });
    expect(container.querySelector('kol-heading[_label="Video"]')).not.toBeNull();
    const video = container.querySelector('video.booth-video__player');
    expect(video?.getAttribute('aria-label')).toBe('Video: Der Stand in einer Minute');
    expect(video?.hasAttribute('controls')).toBe(true);
    expect(video?.querySelector('track[kind="captions"][srclang="de"][default]')?.getAttribute('src')).toBe('/api/talks/3/captions.vtt');
    expect(screen.getByText('Demo-Video mit deutschen Untertiteln.')).toBeTruthy();
  });

  it('asks anonymous visitors to log in for the experts and the contact form', async () => {
    backend();

    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });

    expect(await screen.findByText('Melden Sie sich an, um die Kontaktdaten zu sehen.')).toBeTruthy();
    expect(screen.getByText('Melden Sie sich an, um dem Stand-Team eine Kontaktanfrage zu senden.')).toBeTruthy();
    expect(container.querySelector('kol-textarea')).toBeNull();
    expect(screen.queryByRole('button', { name: /Auf die Merkliste/ })).toBeNull();
  });

  it('shows the experts to logged-in users and toggles "Auf die Merkliste" with aria-pressed', async () => {
    const fetchMock = backend({
      ...boothDetail,
      experts: [{ name: 'Sabine Beispiel', role: 'Projektleitung', email: 'sabine@example.org', phone: '02921 30-0' }],
    });

    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: authenticated() });

    expect(await screen.findByText('Sabine Beispiel', { selector: 'strong' })).toBeTruthy();
    expect(container.querySelector('kol-link[_href="mailto:sabine@example.org"]')).not.toBeNull();
    expect(container.querySelector('kol-link[_href="tel:02921300"]')).not.toBeNull();

    const toggle = screen.getByRole('button', { name: /Auf die Merkliste/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(screen.getByText('Der Stand steht jetzt auf Ihrer Merkliste.')).toBeTruthy());
    expect(writes(fetchMock)).toEqual([{ request: 'PUT /api/me/bookmarks/kreis-soest-umzug', body: undefined }]);
  });

  it('sends a contact request only with a message and consent, and announces the result', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: authenticated() });
    await waitFor(() => expect(container.querySelector('kol-textarea')).not.toBeNull());
    const form = container.querySelector('form.contact-form') as HTMLFormElement;
    const consent = container.querySelector('kol-input-checkbox');
    expect(consent?.getAttribute('_label')).toBe(
      'Ich bin einverstanden, dass meine Nachricht zusammen mit meinem Namen, meiner E-Mail-Adresse und meiner Organisation an Kreis Soest übermittelt wird.',
    );

    fireEvent.submit(form);
    expect(writes(fetchMock)).toEqual([]);
    type Field = { _msg?: { _description: string }; _touched?: boolean };
    await waitFor(() => expect((container.querySelector('kol-textarea') as unknown as Field)._touched).toBe(true));
    expect((container.querySelector('kol-textarea') as unknown as Field)._msg?._description).toBe('Bitte schreiben Sie eine Nachricht.');
    expect((consent as unknown as Field)._msg?._description).toBe('Ohne Ihre Einwilligung können wir die Anfrage nicht weitergeben.');

    kolInput(container.querySelector('kol-textarea'), 'Wir möchten nachnutzen.');
    kolInput(consent, true);
    fireEvent.submit(form);

    await waitFor(() => expect(screen.getByText('Vielen Dank! Ihre Anfrage wurde an Kreis Soest übermittelt.')).toBeTruthy());
    expect(screen.getByText('Vielen Dank! Ihre Anfrage wurde an Kreis Soest übermittelt.').getAttribute('role')).toBe('status');
    expect(writes(fetchMock)).toEqual([
      { request: 'POST /api/booths/kreis-soest-umzug/contact-requests', body: { message: 'Wir möchten nachnutzen.', consent: true } },
    ]);
  });

  it('disables the contact form with an explanation in archive mode', async () => {
    backend({ ...boothDetail, contactRequestsEnabled: false });
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: authenticated() });
    expect(await screen.findByText(/Kontaktanfragen sind derzeit geschlossen \(Archivmodus\)/)).toBeTruthy();
    const send = [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === 'Anfrage senden');
    expect((send as unknown as { _disabled: boolean })._disabled).toBe(true);
  });

  it('tells anonymous visitors that contact requests are closed instead of asking them to log in', async () => {
    backend({ ...boothDetail, contactRequestsEnabled: false });
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });
    expect(await screen.findByText(/Kontaktanfragen sind derzeit geschlossen \(Archivmodus\)/)).toBeTruthy();
    expect(container.querySelector('.contact-section kol-button[_label="Anmelden und Anfrage schreiben"]')).toBeNull();
    expect(container.querySelector('.contact-section .contact-login')).toBeNull();
  });

  it('offers the ways to the team at the top, each leading to its place on the page', async () => {
    backend();
    const scrolled: Element[] = [];
    // jsdom lays nothing out and has no scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: authenticated() });
    await waitFor(() => expect(container.querySelector('.team-entries')).not.toBeNull());

    const entries = [...container.querySelectorAll('.team-entries kol-link, .team-entries kol-link-button')];
    expect(entries.map((e) => e.getAttribute('_label'))).toEqual([
      'Live-Chat am Stand',
      'Privates Gespräch',
      'Kontaktanfrage',
      'Termin vereinbaren',
    ]);
    // Above the booth's facts, not after them
    const facts = container.querySelector('.booth-detail')!;
    expect(container.querySelector('.team-entries')!.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(entries[3].getAttribute('_href')).toBe('/stand/kreis-soest-umzug/termin');

    const contact = entries[2] as unknown as { _on: { onClick: (e: Event) => void } };
    act(() => contact._on.onClick(new Event('click')));
    expect(document.activeElement?.id).toBe('kontakt');
    expect(scrolled).toEqual([container.querySelector('#kontakt')]);
  });

  it('offers no meeting, contact request or conversation on a booth of an archived edition', async () => {
    const archive = { slug: '2025', title: 'Ausgabe 2025', startsOn: '2025-11-03', endsOn: '2025-11-07', state: 'archive', current: false };
    mockFetch((url) => {
      if (url.pathname === BOOTH_URL) return { body: { ...boothDetail, edition: '2025', contactRequestsEnabled: false } };
      if (url.pathname === '/api/editions') return { body: [archive] };
      if (url.pathname === '/api/me') return { body: ME.visitor };
      return undefined;
    });
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: authenticated() });

    expect(await screen.findByText(/Dieser Stand gehört zu einer archivierten Ausgabe/)).toBeTruthy();
    expect(container.querySelector('.team-entries kol-link')).toBeNull();
    expect(screen.queryByText('Termin mit dem Standteam vereinbaren')).toBeNull();
    expect(container.querySelector('kol-link[_label="Termin vereinbaren"]')).toBeNull();
    expect(container.querySelector('.contact-section')).toBeNull();
  });

  it('puts the materials on a shelf of documents with their format', async () => {
    backend();
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });
    await waitFor(() => expect(container.querySelector('.document-shelf')).not.toBeNull());
    expect(container.querySelector('kol-heading[_label="Dokumente und Materialien"]')).not.toBeNull();
    const document = container.querySelector('.document-shelf .document')!;
    expect(document.querySelector('.document__format')?.textContent).toBe('PDF');
    expect(document.querySelector('.document__meta')?.textContent).toBe('Dokument, PDF, 245 KB');
  });

  it('reports one visit of the booth, as a category of where it came from and a session id, no address', async () => {
    const fetchMock = backend();
    renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });
    await waitFor(() =>
      expect(allWrites(fetchMock)).toContainEqual({
        request: 'POST /api/insights/visits',
        body: { booth: 'kreis-soest-umzug', source: 'direct', session: expect.any(String) },
      }),
    );
  });

  it('shows a not-found state for an unknown booth', async () => {
    mockFetch(() => undefined);

    renderRoute('/stand/gibt-es-nicht', { auth: { status: 'anonymous' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Messestand nicht gefunden' })).toBeTruthy();
    expect(document.title).toBe('Messestand nicht gefunden – Kommunalmesse');
  });

  it('marks the German texts from the API with lang="de" when the UI is English', async () => {
    backend();
    await act(() => i18n.changeLanguage('en'));
    try {
      const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });

      const heading = await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' });
      expect(heading.getAttribute('lang')).toBe('de');
      expect(screen.getByText('Ummelden ohne Behördengang.').getAttribute('lang')).toBe('de');
      expect(container.querySelector('.markdown')?.getAttribute('lang')).toBe('de');
      expect(screen.getByText('Exhibitor').closest('[lang]')?.getAttribute('lang')).toBe('en');
      expect(container.querySelector('kol-badge[_label="Development stage: In operation"]')).not.toBeNull();
    } finally {
      await act(() => i18n.changeLanguage('de'));
    }
  });

  it('shows English texts without a lang mark, German fallbacks with lang="de", and the Leichte-Sprache summary', async () => {
    backend({
      ...boothDetail,
      name: 'Digital removal service',
      description: 'Moving house made **simple**.',
      lang: { name: 'en', tagline: 'de', description: 'en' },
      easySummary: 'Sie ziehen um. Das geht im Internet.',
    });
    await act(() => i18n.changeLanguage('en'));
    try {
      const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });

      const heading = await screen.findByRole('heading', { level: 1, name: 'Digital removal service' });
      expect(heading.getAttribute('lang')).toBeNull();
      expect(screen.getByText('Ummelden ohne Behördengang.').getAttribute('lang')).toBe('de');
      expect(container.querySelector('.markdown')?.getAttribute('lang')).toBeNull();
      const easy = screen.getByTestId('easy-summary');
      expect(easy.getAttribute('lang')).toBe('de');
      expect(easy.querySelector('kol-heading')?.getAttribute('_label')).toBe('In Leichter Sprache');
      expect(easy.querySelector('svg.easy-language-icon')).not.toBeNull();
      expect(easy.textContent).toContain('Das geht im Internet.');
    } finally {
      await act(() => i18n.changeLanguage('de'));
    }
  });
});
