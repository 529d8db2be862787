import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rememberConsent } from '../consent';
import { EmbedPlayer } from './EmbedPlayer';

const URL = 'https://video.example.org/videos/embed/abc';

describe('EmbedPlayer (two-click consent)', () => {
  it('loads nothing from the provider before the visitor agrees, and links the privacy notes', () => {
    const { container } = render(<EmbedPlayer url={URL} provider="peertube" title="Hauptbühne" />);
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByText(/Dieses Video wird von PeerTube bereitgestellt/)).toBeTruthy();
    expect(container.querySelector('kol-link[_href="https://video.example.org/about/instance"]')).not.toBeNull();
    expect(container.querySelector('kol-button[_label="Video von PeerTube laden"]')).not.toBeNull();
  });

  it('loads the embed at once when the consent for this provider was remembered, with a way to withdraw it', () => {
    rememberConsent('peertube');
    const { container } = render(<EmbedPlayer url={URL} provider="peertube" title="Hauptbühne" />);
    expect(container.querySelector('iframe')?.getAttribute('src')).toBe(URL);
    expect(container.querySelector('iframe')?.getAttribute('title')).toBe('Hauptbühne (Video von PeerTube)');
    expect(container.querySelector('kol-button[_label="Zustimmung für PeerTube widerrufen"]')).not.toBeNull();
  });

  it('does not take the consent for one provider as consent for another', () => {
    rememberConsent('vimeo');
    const { container } = render(<EmbedPlayer url={URL} provider="youtube" title="Hauptbühne" />);
    expect(container.querySelector('iframe')).toBeNull();
  });
});
