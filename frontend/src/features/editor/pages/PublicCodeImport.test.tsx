import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boothDraft, EDITOR_READS } from '../../../test/editorBackend';
import { kolInput } from '../../../test/kolibri';
import { authenticated, mockApi, renderRoute, writes } from '../../../test/render';

const draft = boothDraft({ name: 'Digitaler Umzugsservice', topicFields: ['bauen-wohnen'], services: [], experts: [], materials: [] });

const imported = {
  name: 'Terminbuchung',
  maturity: 'produktiv' as const,
  reuseModel: 'open-source' as const,
  key: null,
  profile: { spdxLicence: 'EUPL-1.2', serviceKeys: [] },
};

function backend(failing: boolean) {
  let current = draft;
  return mockApi(EDITOR_READS, (url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/booths/kreis-soest-umzug/draft' && method === 'GET') return { body: current };
    if (url.pathname === '/api/booths/kreis-soest-umzug/services/publiccode' && method === 'POST') {
      if (failing) {
        return {
          status: 400,
          body: {
            status: 400,
            title: 'publiccode.yml nicht übernommen',
            detail: 'Der Import enthält 1 Fehler; nichts wurde übernommen.',
            errors: [{ line: 8, field: 'legal.license', message: '„proprietär“ ist kein gültiger SPDX-Lizenzausdruck.' }],
          },
        };
      }
      current = { ...draft, version: 0, workflowState: 'editing', content: { ...draft.content, services: [imported] } };
      return { body: { draft: current, service: 'Terminbuchung', unmapped: ['platforms', 'maintenance.type'] } };
    }
    return undefined;
  });
}

async function openEditor() {
  const view = renderRoute('/mein-stand/kreis-soest-umzug/bearbeiten', { auth: authenticated('aussteller-soest') });
  await waitFor(() => expect(view.container.querySelector('kol-textarea[_label="Inhalt der publiccode.yml"]')).not.toBeNull());
  kolInput(view.container.querySelector('kol-textarea[_label="Inhalt der publiccode.yml"]'), 'publiccodeYmlVersion: "0.4"\nname: Terminbuchung\n');
  fireEvent.submit(view.container.querySelector('.publiccode-import form')!);
  return view;
}

describe('publiccode.yml import in the editor', () => {
  it('sends the text, lists the keys not taken over and reloads the working copy', async () => {
    const fetchMock = backend(false);
    const { container } = await openEditor();
    await waitFor(() => expect(screen.getByText('„Terminbuchung“ ist jetzt im Entwurf.')).toBeTruthy());
    expect([...container.querySelectorAll('.publiccode-unmapped code')].map((c) => c.textContent)).toEqual(['platforms', 'maintenance.type']);
    expect(writes(fetchMock)[0]).toEqual({
      request: 'POST /api/booths/kreis-soest-umzug/services/publiccode',
      body: { yaml: 'publiccodeYmlVersion: "0.4"\nname: Terminbuchung\n' },
    });
    await waitFor(() => expect(container.querySelector('kol-input-text[_value="Terminbuchung"]')).not.toBeNull());
  });

  it('shows each problem with its line and key', async () => {
    backend(true);
    await openEditor();
    await waitFor(() =>
      expect(screen.getByText('Zeile 8, legal.license: „proprietär“ ist kein gültiger SPDX-Lizenzausdruck.')).toBeTruthy(),
    );
  });
});
