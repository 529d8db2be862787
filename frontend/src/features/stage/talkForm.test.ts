import { describe, expect, it } from 'vitest';
import { talkDetail } from './fixtures.test-data';
import { EMPTY_SPEAKER, EMPTY_TALK_FORM, formFieldOf, formFromTalk, toTalkInput, validateTalkForm } from './talkForm';

describe('the talk form', () => {
  it('starts from a talk with its times in Berlin time, also in summer', () => {
    const form = formFromTalk(talkDetail({ start: '2026-06-10T07:30:00Z', end: '2026-06-10T08:00:00Z' }), 'de');
    expect(form).toMatchObject({ start: '09:30', end: '10:00', stage: 'hauptbuehne', eventDayId: '4', booths: ['kreis-soest-umzug'] });
    expect(form.speakers).toEqual([{ id: 7, name: 'Sabine Beispiel', organisation: 'Kreis Soest', role: 'Projektleitung' }]);
  });

  it('sends each speaker with a name, leaves empty entries out and empty parts as null', () => {
    const form = {
      ...EMPTY_TALK_FORM,
      speakers: [
        { name: ' Ada Muster ', organisation: 'Stadt Soest', role: 'CDO' },
        EMPTY_SPEAKER,
        { name: 'Bo Beispiel', organisation: '', role: ' ' },
      ],
      booths: ['kreis-soest-umzug', 'soest-terminbuchung'],
    };
    expect(toTalkInput(form)).toMatchObject({
      speakers: [
        { name: 'Ada Muster', organisation: 'Stadt Soest', role: 'CDO' },
        { name: 'Bo Beispiel', organisation: null, role: null },
      ],
      booths: ['kreis-soest-umzug', 'soest-terminbuchung'],
    });
    expect(validateTalkForm({ ...form, speakers: [{ name: '', organisation: 'KDN', role: '' }] })).toMatchObject({ speakers: 'speakerName' });
  });

  it('sends the version the edit is based on', () => {
    const input = toTalkInput(formFromTalk(talkDetail(), 'de'), 3);
    expect(input).toMatchObject({ eventDayId: 4, stage: 'hauptbuehne', start: '10:30', end: '11:00', version: 3, booths: ['kreis-soest-umzug'] });
    expect(input.recordingUrl).toBeUndefined();
  });

  it('checks required fields, times, order of start and end, and the recording address', () => {
    expect(validateTalkForm(EMPTY_TALK_FORM)).toEqual({
      eventDayId: 'required', stage: 'required', title: 'required', start: 'required', end: 'required',
    });
    const filled = { ...EMPTY_TALK_FORM, eventDayId: '4', stage: 'forum', title: 'T', start: '11:00', end: '10:30' };
    expect(validateTalkForm(filled)).toEqual({ end: 'endBeforeStart' });
    expect(validateTalkForm({ ...filled, start: '9:5', end: '10:00', recordingUrl: 'javascript:alert(1)' })).toEqual({
      start: 'time', recordingUrl: 'url',
    });
    expect(validateTalkForm({ ...filled, end: '11:30' })).toEqual({});
  });

  it('maps the server field paths to the form fields', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('speakers[0].name')).toBe('speakers');
    expect(formFieldOf('create.input.recordingUrl')).toBe('recordingUrl');
    expect(formFieldOf('booths[2]')).toBe('booths');
    expect(formFieldOf('unknown')).toBeUndefined();
  });
});
