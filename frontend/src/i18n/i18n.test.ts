import { describe, expect, it } from 'vitest';
import boothManagementDe from './boothManagement.de.json';
import boothManagementEn from './boothManagement.en.json';
import baseDe from './de.json';
import baseEn from './en.json';
import { messages } from './messages';

const { de, en } = messages;

/** Every leaf as a dotted path; array entries count by index ("legal.imprint.sections.0.heading"). */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(path, leaf);
    }
  } else {
    result.set(prefix, value);
  }
  return result;
}

const TOPIC_FIELDS = [
  'arbeit-ruhestand', 'bauen-wohnen', 'bildung', 'ein-auswanderung', 'engagement-hobby', 'familie-kind',
  'forschung-foerderung', 'gesundheit', 'mobilitaet-reisen', 'querschnitt', 'recht-ordnung', 'steuern-zoll',
  'umwelt', 'unternehmensfuehrung', 'smart-city',
];

describe('translations', () => {
  const german = leaves(de);
  const english = leaves(en);

  it('have exactly the same keys in German and English', () => {
    const onlyGerman = [...german.keys()].filter((k) => !english.has(k));
    const onlyEnglish = [...english.keys()].filter((k) => !german.has(k));
    expect({ onlyGerman, onlyEnglish }).toEqual({ onlyGerman: [], onlyEnglish: [] });
  });

  it('have no empty texts', () => {
    const empty = [...german, ...english].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const mismatches = [...german.keys()].filter(
      (key) => placeholders(german.get(key)).join() !== placeholders(english.get(key)).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('include the namespaces kept in files of their own (chat)', () => {
    expect(german.get('chat.booth.talkToTeam')).toBe('Gespräch mit dem Standteam');
    expect(english.get('chat.booth.talkToTeam')).toBe('Talk to the booth team');
  });

  it('include the programme namespaces kept in files of their own (stage)', () => {
    expect(german.get('stageNav.programme')).toBe('Programm');
    expect(english.get('stageNav.programme')).toBe('Programme');
    expect(german.get('player.mini.back')).toBe('Zurück zur Bühne');
    expect(english.get('player.mini.back')).toBe('Back to the stage');
    // The programme namespaces must not overwrite keys of de.json / en.json.
    expect(german.get('programme.timeRange')).toBe('{{start}}–{{end}} Uhr');
  });

  it('name all 15 topic fields, all exhibitor types and all talk types', () => {
    for (const code of TOPIC_FIELDS) expect(english.get(`topicField.${code}`), code).toBeTruthy();
    expect(Object.keys(en.topicField)).toHaveLength(15);
    expect(Object.keys(en.exhibitorType).sort()).toEqual(
      ['hochschule', 'it-dienstleister', 'kommune', 'kreis', 'land', 'unternehmen', 'verband'],
    );
    expect(Object.keys(en.talkType).sort()).toEqual(['fachbeitrag', 'grusswort', 'keynote', 'podium', 'workshop']);
  });

  it('keep the namespaces of feature files apart from those of de.json and en.json', () => {
    // messages.ts spreads the files: a namespace in two of them would silently lose one half
    for (const [base, feature] of [
      [baseDe, boothManagementDe],
      [baseEn, boothManagementEn],
    ]) {
      expect(Object.keys(feature).filter((namespace) => namespace in base)).toEqual([]);
    }
  });
});
