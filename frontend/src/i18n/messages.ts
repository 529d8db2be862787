import accessibilityDe from './accessibility.de.json';
import accessibilityEn from './accessibility.en.json';
import boothManagementDe from './boothManagement.de.json';
import boothManagementEn from './boothManagement.en.json';
import de from './de.json';
import editionsDe from './editions.de.json';
import editionsEn from './editions.en.json';
import en from './en.json';
import chatDe from './chat.de.json';
import chatEn from './chat.en.json';
import stageDe from './stage.de.json';
import stageEn from './stage.en.json';

/**
 * The translation resources by language. A feature with many strings may keep them in files of its own
 * (`<feature>.de.json` / `<feature>.en.json`, top-level keys as namespaces) and spread them in here, so
 * that features do not all edit one file.
 */
export const messages = {
  de: { ...de, ...boothManagementDe, ...chatDe, ...stageDe, ...accessibilityDe, ...editionsDe },
  en: { ...en, ...boothManagementEn, ...chatEn, ...stageEn, ...accessibilityEn, ...editionsEn },
};
