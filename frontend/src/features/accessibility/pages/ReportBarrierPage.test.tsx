import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoute } from '../../../test/render';
import { FakeXhr } from '../../../test/fakeXhr';
import { kolInput } from '../../../test/kolibri';
import { statementDe } from './fixtures.test-data';

type Field = { _msg?: { _description: string }; _touched?: boolean };

function sendButton(container: HTMLElement) {
  return container.querySelector('form.report-form kol-button') as unknown as { _disabled: boolean };
}

describe('ReportBarrierPage', () => {
  it('sends what, where, contact and the form token, and announces the receipt', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    mockFetch((url) => {
      if (url.pathname === '/api/accessibility/reports/form') return { body: { token: 'signed-token', minFillSeconds: 3 } };
      if (url.pathname === '/api/accessibility/statement') return { body: statementDe };
      return undefined;
    });
    const { container } = renderRoute('/barriere-melden?seite=%2Fhalle');

    expect(await screen.findByText('Wir antworten innerhalb von 42 Tagen, wenn Sie eine E-Mail-Adresse angeben.')).toBeTruthy();
    const form = container.querySelector('form.report-form') as HTMLFormElement;
    const honeypot = container.querySelector('.honeypot');
    expect(honeypot?.getAttribute('aria-hidden')).toBe('true');
    expect(honeypot?.querySelector('input')?.tabIndex).toBe(-1);
    expect((container.querySelector('kol-input-text') as unknown as { _value: string })._value).toBe('/halle');

    fireEvent.submit(form);
    await waitFor(() => expect((container.querySelector('kol-textarea') as unknown as Field)._touched).toBe(true));
    expect((container.querySelector('kol-textarea') as unknown as Field)._msg?._description).toBe('Bitte beschreiben Sie die Barriere.');
    expect(FakeXhr.last).toBeUndefined();

    kolInput(container.querySelector('kol-textarea'), 'Der Knopf hat keinen Namen.');
    kolInput(container.querySelector('kol-input-email'), 'melderin@example.org');
    await waitFor(() => expect(sendButton(container)._disabled).toBe(false));
    fireEvent.submit(form);
    await waitFor(() => expect(FakeXhr.last?.form).toBeDefined());
    const sent = FakeXhr.last!;
    expect(sent.url).toBe('/api/accessibility/reports');
    expect(sent.form!.get('description')).toBe('Der Knopf hat keinen Namen.');
    expect(sent.form!.get('location')).toBe('/halle');
    expect(sent.form!.get('contactEmail')).toBe('melderin@example.org');
    expect(sent.form!.get('formToken')).toBe('signed-token');
    expect(sent.form!.get('website')).toBe('');

    act(() => sent.answer(201, { id: 17, answerDueAt: '2027-01-17T10:00:00Z', answerByMail: true }));
    expect(await screen.findByText('Vielen Dank! Ihre Meldung hat die Nummer 17. Wir antworten Ihnen bis zum 17. Januar 2027 per E-Mail.')).toBeTruthy();
    FakeXhr.reset();
  });

  it('keeps the input and shows the server’s reason when the report is refused', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    mockFetch((url) =>
      url.pathname === '/api/accessibility/reports/form' ? { body: { token: 't', minFillSeconds: 3 } } : undefined,
    );
    const { container } = renderRoute('/barriere-melden');
    await waitFor(() => expect(container.querySelector('kol-textarea')).not.toBeNull());
    kolInput(container.querySelector('kol-textarea'), 'Kontrast zu schwach');
    kolInput(container.querySelector('kol-input-text'), 'Startseite');
    await waitFor(() => expect(sendButton(container)._disabled).toBe(false));
    fireEvent.submit(container.querySelector('form.report-form')!);
    await waitFor(() => expect(FakeXhr.last?.form).toBeDefined());
    act(() =>
      FakeXhr.last!.answer(429, {
        status: 429,
        title: 'Zu viele Anfragen',
        detail: 'Von Ihrer Adresse kamen gerade viele Meldungen.',
      }),
    );
    expect(await screen.findByText('Von Ihrer Adresse kamen gerade viele Meldungen.')).toBeTruthy();
    expect((container.querySelector('kol-textarea') as unknown as { _value: string })._value).toBe('Kontrast zu schwach');
    FakeXhr.reset();
  });
});
