import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApi, type BoothVideoView } from '../api';
import '../../i18n';
import { BoothVideoPlayer, isCrossOrigin } from './BoothVideoPlayer';

const hls = vi.hoisted(() => ({ instances: [] as { config: unknown; loadSource: ReturnType<typeof vi.fn>; startLoad: ReturnType<typeof vi.fn> }[] }));

vi.mock('hls.js', () => {
  class FakeHls {
    static Events = { ERROR: 'hlsError' };
    static ErrorTypes = { MEDIA_ERROR: 'mediaError' };
    static isSupported = () => true;
    loadSource = vi.fn();
    attachMedia = vi.fn();
    startLoad = vi.fn();
    on = vi.fn();
    destroy = vi.fn();
    recoverMediaError = vi.fn();
    constructor(public config: unknown) {
      hls.instances.push(this);
    }
  }
  return { default: FakeHls };
});

const HLS: BoothVideoView = {
  url: '/media/demo/aufzeichnung.m3u8',
  kind: 'hls',
  captionsUrl: '/api/talks/3/captions.vtt',
  title: 'Der Stand in einer Minute',
  description: 'Demo-Video mit deutschen Untertiteln.',
};

let observed: ((entries: { isIntersecting: boolean }[]) => void) | null = null;

beforeEach(() => {
  hls.instances.length = 0;
  observed = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('BoothVideoPlayer', () => {
  it('plays a file with native controls, German captions by default, no autoplay and nothing preloaded', () => {
    const { container } = render(<BoothVideoPlayer video={{ ...HLS, kind: 'file', url: '/media/stand.mp4' }} lang="de" />);
    const video = container.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('/media/stand.mp4');
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.hasAttribute('autoplay')).toBe(false);
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.getAttribute('aria-label')).toBe('Video: Der Stand in einer Minute');
    const description = document.getElementById(video.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('Demo-Video mit deutschen Untertiteln.');
    const track = video.querySelector('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('srclang')).toBe('de');
    expect(track.getAttribute('src')).toBe('/api/talks/3/captions.vtt');
    expect(track.hasAttribute('default')).toBe(true);
    expect(video.hasAttribute('crossorigin')).toBe(false);
    expect(hls.instances).toHaveLength(0);
  });

  it('fetches hls.js only when the player comes near the screen, and segments only once the visitor plays', async () => {
    const { container } = render(<BoothVideoPlayer video={HLS} />);
    const video = container.querySelector('video')!;
    expect(video.hasAttribute('src')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hls.instances).toHaveLength(0);

    act(() => observed?.([{ isIntersecting: true }]));
    await waitFor(() => expect(hls.instances).toHaveLength(1));
    const player = hls.instances[0];
    expect(player.config).toEqual({ autoStartLoad: false });
    expect(player.loadSource).toHaveBeenCalledWith('/media/demo/aufzeichnung.m3u8');
    expect(player.startLoad).not.toHaveBeenCalled();
    video.dispatchEvent(new Event('play'));
    expect(player.startLoad).toHaveBeenCalledTimes(1);
  });

  it('asks for CORS when the captions are on another host', () => {
    const { container } = render(
      <BoothVideoPlayer video={{ ...HLS, kind: 'file', url: 'https://video.example.org/a.webm', captionsUrl: 'https://video.example.org/a.vtt' }} />,
    );
    expect(container.querySelector('video')?.getAttribute('crossorigin')).toBe('anonymous');
    expect(isCrossOrigin('/api/talks/3/captions.vtt')).toBe(false);
  });

  it('plays an unpublished upload in the editor\'s preview with the login: hls.js even where the browser plays HLS, captions fetched', async () => {
    configureApi({ getAccessToken: () => 'editor-token' });
    const fetched: { url: string; authorization: string | null }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        fetched.push({ url, authorization: new Headers(init.headers).get('Authorization') });
        return new Response('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo', { status: 200, headers: { 'Content-Type': 'text/vtt' } });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:captions');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const canPlay = vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
    try {
      const upload: BoothVideoView = { ...HLS, url: '/api/booths/stand/video-files/7/index.m3u8', captionsUrl: '/api/booths/stand/video-captions/4' };
      const { container, unmount } = render(<BoothVideoPlayer video={upload} withLogin />);
      const video = container.querySelector('video')!;
      expect(video.hasAttribute('src')).toBe(false);
      act(() => observed?.([{ isIntersecting: true }]));
      await waitFor(() => expect(hls.instances).toHaveLength(1));
      const xhrSetup = (hls.instances[0].config as { xhrSetup: (xhr: XMLHttpRequest) => void }).xhrSetup;
      const headers: Record<string, string> = {};
      xhrSetup({ setRequestHeader: (name: string, value: string) => (headers[name] = value) } as unknown as XMLHttpRequest);
      expect(headers.Authorization).toBe('Bearer editor-token');
      await waitFor(() => expect(video.querySelector('track')?.getAttribute('src')).toBe('blob:captions'));
      expect(fetched[0].url).toContain('/api/booths/stand/video-captions/4');
      expect(fetched[0].authorization).toBe('Bearer editor-token');
      unmount();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:captions');
    } finally {
      canPlay.mockRestore();
      configureApi({ getAccessToken: () => undefined });
    }
  });

  it('never sends the login to another site, even in the preview', async () => {
    configureApi({ getAccessToken: () => 'editor-token' });
    const canPlay = vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
    try {
      const outside: BoothVideoView = { ...HLS, url: 'https://video.example.org/a.m3u8', captionsUrl: 'https://video.example.org/a.vtt' };
      const { container } = render(<BoothVideoPlayer video={outside} withLogin />);
      const video = container.querySelector('video')!;
      expect(video.getAttribute('src')).toBe('https://video.example.org/a.m3u8');
      expect(video.querySelector('track')?.getAttribute('src')).toBe('https://video.example.org/a.vtt');
      expect(hls.instances).toHaveLength(0);
    } finally {
      canPlay.mockRestore();
      configureApi({ getAccessToken: () => undefined });
    }
  });
});
