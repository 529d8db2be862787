import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { busyButton, whenIdle } from './busy';
import { SubmitRow } from './Feedback';

describe('busy buttons', () => {
  it('marks a busy button as busy instead of disabling it', () => {
    expect(busyButton(true)).toEqual({ 'aria-busy': 'true' });
    expect(busyButton(false)).toEqual({ 'aria-busy': 'false' });
  });

  it('runs the action when idle and ignores the click while busy', () => {
    const action = vi.fn();
    whenIdle(false, action)('a');
    const click = new Event('click', { cancelable: true });
    whenIdle(true, action)(click);
    expect(action).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledWith('a');
    expect(click.defaultPrevented).toBe(true);
  });

  it('keeps the submit button enabled while sending and ignores a second submission', () => {
    const submitted = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const form = (busy: boolean) => (
      <form onSubmit={submitted}>
        <SubmitRow label="Senden" busy={busy} />
      </form>
    );
    const { container, rerender } = render(form(false));
    fireEvent.submit(container.querySelector('form')!);
    expect(submitted).toHaveBeenCalledTimes(1);

    rerender(form(true));
    const button = container.querySelector('kol-button')!;
    expect(button.hasAttribute('_disabled')).toBe(false);
    expect((button as Element & { _disabled?: boolean })._disabled).toBeFalsy();
    expect(button.getAttribute('aria-busy')).toBe('true');
    const again = fireEvent.submit(container.querySelector('form')!);
    expect(again).toBe(false); // the browser does not send the form either
    expect(submitted).toHaveBeenCalledTimes(1);

    rerender(form(false));
    expect(container.querySelector('kol-button')!.getAttribute('aria-busy')).toBe('false');
    fireEvent.submit(container.querySelector('form')!);
    expect(submitted).toHaveBeenCalledTimes(2);
  });
});
