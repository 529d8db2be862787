import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { describeField, findFieldElement } from './fields';
import { fieldErrors, friendlyMessage, normaliseFieldPath } from './problemErrors';

const t = i18n.t.bind(i18n);

describe('problem errors → form fields', () => {
  it('maps the API paths of a 400 problem to the editor fields', () => {
    const errors = fieldErrors(
      [
        { field: 'content.name', message: 'darf nicht leer sein' },
        { field: 'content.links[0].url', message: 'keine gültige Adresse' },
        { field: 'content.services[1].reuseModel', message: 'darf nicht null sein' },
        { field: 'content.tags[3]', message: 'zu lang' },
        { field: 'content.tags[5]', message: 'leer' },
        { field: 'content.services[0].adopters[2]', message: 'leer' },
        { field: 'content.topicFields', message: 'Größe muss zwischen 1 und 3 sein' },
      ],
      'content.',
    );
    expect(errors).toEqual({
      name: ['darf nicht leer sein'],
      'links[0].url': ['keine gültige Adresse'],
      'services[1].reuseModel': ['darf nicht null sein'],
      tags: ['zu lang', 'leer'],
      'services[0].adopters': ['leer'],
      topicFields: ['Größe muss zwischen 1 und 3 sein'],
    });
  });

  it('keeps paths without the prefix as they are', () => {
    expect(normaliseFieldPath('slug')).toBe('slug');
    expect(normaliseFieldPath('staff[0]')).toBe('staff');
    expect(fieldErrors(undefined)).toEqual({});
  });

  it('replaces a regular expression in a pattern message by a plain sentence for known fields', () => {
    const translate = (key: 'form.invalidUrl' | 'form.invalidPhone' | 'form.invalidSlug') => t(key);
    expect(friendlyMessage('links[0].url', 'muss mit "https?://[^\\s<>"]+" übereinstimmen', translate)).toMatch(/^Bitte geben Sie eine vollständige Webadresse an/);
    expect(friendlyMessage('experts[0].phone', 'muss mit "[0-9+()/ .-]*" übereinstimmen', translate)).toMatch(/Ziffern/);
    expect(friendlyMessage('slug', 'must match "[a-z0-9]+(-[a-z0-9]+)*"', translate)).toMatch(/Kleinbuchstaben/);
    // Ordinary messages and unknown fields stay as the API wrote them.
    expect(friendlyMessage('name', 'darf nicht leer sein', translate)).toBe('darf nicht leer sein');
    expect(friendlyMessage('tagline', 'muss mit "x+" übereinstimmen', translate)).toBe('muss mit "x+" übereinstimmen');
  });

  it('names each field readably for the error summary', () => {
    expect(describeField('name', t)).toBe('Name des Stands');
    expect(describeField('links[1].url', t)).toBe('Link 2: Adresse (URL)');
    expect(describeField('services[0].reuseModel', t)).toBe('Angebot 1: Nachnutzungsmodell');
    expect(describeField('experts[2].phone', t)).toBe('Ansprechperson 3: Telefon');
    expect(describeField('materials[0]', t)).toBe('Material 1');
    expect(describeField('somethingNew', t)).toBe('somethingNew');
  });

  it('finds the element of a field, else its row, else its list', () => {
    document.body.innerHTML = `
      <kol-input-text data-field="name"></kol-input-text>
      <fieldset data-field="links[0]"></fieldset>
      <section data-field="materials"></section>`;
    expect(findFieldElement('name')?.tagName).toBe('KOL-INPUT-TEXT');
    expect(findFieldElement('links[0].url')?.tagName).toBe('FIELDSET');
    expect(findFieldElement('materials[3].id')?.tagName).toBe('SECTION');
    expect(findFieldElement('unknown')).toBeNull();
    document.body.innerHTML = '';
  });
});
