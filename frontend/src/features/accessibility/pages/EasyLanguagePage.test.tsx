import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderRoute } from '../../../test/render';
import { hrefs } from '../../../test/kolibri';

describe('EasyLanguagePage', () => {
  it('lists the four Leichte-Sprache pages with the pictogram', async () => {
    mockFetch((url) => (url.pathname === '/api/accessibility/sign-videos' ? { body: [] } : undefined));
    const { container } = renderRoute('/leichte-sprache');
    expect(await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeTruthy();
    expect(hrefs(container, '.easy-pages kol-link')).toEqual([
      '/leichte-sprache/angebot',
      '/leichte-sprache/bedienung',
      '/leichte-sprache/erklaerung',
      '/leichte-sprache/weitere',
    ]);
    const icon = container.querySelector('.easy-pages svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Was ist die Kommunalmesse?')).toBeTruthy();
  });

  it('shows the placeholder with the transcript until a DGS video is uploaded', async () => {
    mockFetch((url) =>
      url.pathname === '/api/accessibility/sign-videos'
        ? { body: [{ slot: 'erklaerung', title: 'DGS', transcript: 'Hallo! Das ist der Text zum Video.', updatedAt: '2026-12-01T10:00:00Z' }] }
        : undefined,
    );
    const { container } = renderRoute('/leichte-sprache/erklaerung');
    expect(await screen.findByRole('heading', { level: 1, name: 'Was noch nicht gut klappt' })).toBeTruthy();
    expect(screen.getByText('Manche Teile sind noch schwer zu benutzen.')).toBeTruthy();
    expect(await screen.findByText('Hallo! Das ist der Text zum Video.')).toBeTruthy();
    expect(screen.getByText(/Hier kommt bald ein Video/)).toBeTruthy();
    expect(container.querySelector('video')).toBeNull();
  });

  it('plays an uploaded video with captions and offers it for download with size and duration', async () => {
    mockFetch((url) =>
      url.pathname === '/api/accessibility/sign-videos'
        ? {
            body: [
              {
                slot: 'angebot',
                title: 'DGS',
                transcript: 'Text',
                videoUrl: '/api/accessibility/sign-videos/angebot/video',
                captionsUrl: '/api/accessibility/sign-videos/angebot/captions',
                mediaType: 'video/mp4',
                sizeBytes: 5_242_880,
                durationSeconds: 95,
                updatedAt: '2026-12-01T10:00:00Z',
              },
            ],
          }
        : undefined,
    );
    const { container } = renderRoute('/leichte-sprache/angebot');
    expect(await screen.findByText('Video herunterladen (5,2 MB, 1:35)')).toBeTruthy();
    expect(container.querySelector('video track[kind="captions"]')?.getAttribute('src')).toBe(
      '/api/accessibility/sign-videos/angebot/captions',
    );
  });
});
