// The meetings journey in two browser contexts against the real backend, Keycloak and the test mail server:
// the expert publishes consultation hours for the booth; the visitor books a slot with a topic; both see the
// meeting (Meine Termine, the booth's calendar, the staff console); the visitor's mail carries the calendar
// invitation (METHOD:REQUEST, read back over IMAP); the expert proposes another time, the visitor's notification
// centre in the header counts it live without a reload, the visitor confirms from there, and the updated invitation
// (same UID, SEQUENCE:1) arrives. Every meetings page and the notification centre are checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { awaitMail, IMAP_PORT } from './mail.mjs';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, loginOnPublicPage, newPage, screenshot, TIMEOUT } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo', email: 'aussteller-soest@example.org' };
const VISITOR = { username: 'besucher', password: 'demo', email: 'besucher@example.org' };
const MARKER = `Termin${Math.floor(10000 + Math.random() * 90000)}`;
const TOPIC = `Umzugsservice nachnutzen (${MARKER})`;
const ROOM = 'https://video.example.org/raum/umzug';

/** Tomorrow in Berlin, as the date field takes it: the demo edition starts today. */
function tomorrow() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + 24 * 3600 * 1000),
  );
}

/** The VEVENT property of an invitation, e.g. UID. */
function property(ics, name) {
  return new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'm').exec(ics.replace(/\r\n[ \t]/g, ''))?.[1]?.trim();
}

describe('meetings journey: publish times, book, invitation by mail, move', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let expert;
  let visitor;
  let uid;
  let meetingPath;

  before(async () => {
    assert.ok(IMAP_PORT > 0, 'MAIL_IMAP_PORT names the test mail server (PlatformE2EIT sets it)');
    browser = await launchBrowser();
    expert = await newPage(browser);
    visitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the expert publishes consultation hours in the booth calendar, which passes axe', async () => {
    await loginAt(expert, `/mein-stand/${BOOTH.slug}/termine`, EXHIBITOR);
    await expert.getByRole('heading', { level: 1, name: `Termine: ${BOOTH.name}` }).waitFor();
    await expectNoAxeViolations(expert, 'booth calendar (empty)');
    await expert.getByLabel('Tag').first().fill(tomorrow());
    await expert.getByLabel(/^Von/).fill('09:00');
    await expert.getByLabel(/^Bis/).fill('10:00');
    await expert.getByLabel(/^Adresse Ihres Videoraums/).fill(ROOM);
    await expert.getByRole('button', { name: 'Zeiten veröffentlichen' }).click();
    await expert.getByRole('status').filter({ hasText: /Zeiten sind veröffentlicht/ }).waitFor();
    await expert.getByTestId('calendar-day').getByText('09:00–09:30', { exact: true }).waitFor();
    await expectNoAxeViolations(expert, 'booth calendar (day view)');
    await screenshot(expert, 'meetings-calendar');
  });

  it('the visitor books a slot from the booth page and sees it under Meine Termine', async () => {
    await loginOnPublicPage(visitor, `/stand/${BOOTH.slug}`, VISITOR);
    await visitor.getByRole('link', { name: 'Termin vereinbaren' }).click();
    await visitor.getByRole('heading', { level: 1, name: `Termin am Stand ${BOOTH.name}` }).waitFor();
    await visitor.getByRole('combobox', { name: /Zeit/ }).waitFor();
    await expectNoAxeViolations(visitor, 'booking page');
    await visitor.getByLabel(/^Thema/).fill(TOPIC);
    await visitor.getByLabel(/^Fragen vorab/).fill('Welche Schnittstellen gibt es zum Melderegister?');
    await visitor.getByRole('button', { name: 'Termin buchen' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Ihr Termin ist gebucht' }).waitFor();
    await visitor.getByRole('link', { name: 'Zu meinen Terminen' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Meine Termine' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: TOPIC }).waitFor();
    await expectNoAxeViolations(visitor, 'Meine Termine');
    await screenshot(visitor, 'meetings-mine');
  });

  it('the visitor’s mail carries the calendar invitation, and the expert gets it too', async () => {
    const mail = await awaitMail(VISITOR.email, (m) => m.subject.includes(MARKER) && m.subject.startsWith('Termin gebucht'));
    assert.equal(mail.calendars.length, 1, 'one invitation attached');
    const ics = mail.calendars[0];
    assert.equal(property(ics, 'METHOD'), 'REQUEST');
    assert.equal(property(ics, 'SEQUENCE'), '0');
    assert.equal(property(ics, 'LOCATION'), ROOM);
    assert.equal(property(ics, 'ORGANIZER'), `mailto:${EXHIBITOR.email}`);
    uid = property(ics, 'UID');
    assert.ok(uid, 'the invitation has a UID');
    const expertMail = await awaitMail(EXHIBITOR.email, (m) => m.subject.includes(MARKER));
    assert.equal(property(expertMail.calendars[0], 'UID'), uid);
  });

  it('the expert sees the meeting in the calendar and on the staff console, and proposes another time; the visitor’s header counts it live', async () => {
    const unread = async () => Number(await visitor.getByTestId('notification-link').getAttribute('data-unread'));
    await visitor.getByTestId('notification-link').waitFor();
    const before = await unread();
    await expert.goto(`${BASE_URL}/mein-stand`);
    await expert.getByTestId('upcoming-meetings').getByRole('heading', { name: TOPIC }).waitFor();
    await expectNoAxeViolations(expert, 'staff console with upcoming meetings');
    await expert.goto(`${BASE_URL}/mein-stand/${BOOTH.slug}/termine`);
    await expert.getByRole('combobox', { name: 'Ansicht' }).selectOption({ label: 'Liste' });
    await expert.getByRole('heading', { level: 3, name: TOPIC }).waitFor();
    await expectNoAxeViolations(expert, 'booth calendar (list view)');
    await expert.getByRole('link', { name: `Termin öffnen: ${TOPIC}` }).click();
    await expert.getByRole('heading', { level: 1, name: `Termin: ${TOPIC}` }).waitFor();
    meetingPath = new URL(expert.url()).pathname;
    await expert.getByText('Bea Sucher').waitFor();
    await expectNoAxeViolations(expert, 'meeting page (booth side)');
    await expert.getByRole('combobox', { name: 'Neue Zeit' }).selectOption({ index: 0 });
    await expert.getByLabel(/^Begründung/).first().fill('Kurzfristig eine Teamsitzung');
    await expert.getByRole('button', { name: 'Vorschlag senden' }).click();
    await expert.getByRole('status').filter({ hasText: 'Ihr Vorschlag ist gesendet' }).waitFor();
    // no reload: the notification frame on the visitor's WebSocket makes the header ask again
    const url = visitor.url();
    await visitor.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="notification-link"]')?.getAttribute('data-unread')) > count,
      before,
    );
    assert.equal(visitor.url(), url, 'the visitor stayed on the page');
  });

  it('the visitor opens the notification and confirms the new time; both see it and the updated invitation arrives', async () => {
    await visitor.getByRole('link', { name: /^Benachrichtigungen/ }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await visitor.getByText(`Neuer Zeitvorschlag für „${TOPIC}“`, { exact: false }).waitFor();
    await expectNoAxeViolations(visitor, 'notification centre');
    await screenshot(visitor, 'meetings-notifications');
    await visitor.getByRole('link', { name: `Öffnen: ${TOPIC}` }).click();
    // The router navigates after the click: wait for it instead of reading the address at once
    await visitor.waitForURL((url) => url.pathname === meetingPath);
    await visitor.getByRole('heading', { level: 1, name: `Termin: ${TOPIC}` }).waitFor();
    await visitor.getByText('Kurzfristig eine Teamsitzung').waitFor();
    await expectNoAxeViolations(visitor, 'meeting page with a proposal');
    await visitor.getByRole('button', { name: 'Neue Zeit bestätigen' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Der Termin ist verschoben' }).waitFor();
    await visitor.getByTestId('meeting-when').getByText(/09:30–10:00/).waitFor();
    await screenshot(visitor, 'meetings-moved');

    await expert.reload();
    await expert.getByTestId('meeting-when').getByText(/09:30–10:00/).waitFor();
    const moved = await awaitMail(VISITOR.email, (m) => m.subject.includes(MARKER) && m.subject.startsWith('Termin verschoben'));
    assert.equal(property(moved.calendars[0], 'METHOD'), 'REQUEST');
    assert.equal(property(moved.calendars[0], 'UID'), uid, 'the same calendar entry is updated');
    assert.equal(property(moved.calendars[0], 'SEQUENCE'), '1');
  });
});
