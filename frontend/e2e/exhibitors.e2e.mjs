// The exhibitors journey against the real backend, Keycloak and the test mail server: the admin opens
// "Verwaltung → Aussteller" from the grouped navigation, finds Kreis Soest, invites a new team member by e-mail (the
// account is created in Keycloak), the invitation arrives in the mailbox, and the list shows the new member; inviting
// the same address again gives a clear answer at the field; the admin makes the member booth staff and a lead again.
// Every page is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { awaitMail, IMAP_PORT } from './mail.mjs';
import { expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const ADMIN = { username: 'kdn-admin', password: 'demo' };
const EMAIL = `team${Math.floor(10000 + Math.random() * 90000)}@kreis-soest.example.org`;
const FIELD = 'E-Mail-Adresse für eine Einladung ins Team von Kreis Soest';

describe('exhibitors journey: list, invitation by e-mail, mail', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let admin;

  before(async () => {
    assert.ok(IMAP_PORT > 0, 'MAIL_IMAP_PORT names the test mail server (PlatformE2EIT sets it)');
    browser = await launchBrowser();
    admin = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the admin reaches the exhibitors from the one "Verwaltung" entry and finds Kreis Soest', async () => {
    await loginAt(admin, '/verwaltung', ADMIN);
    const nav = admin.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.equal(await nav.getByRole('link', { name: 'Moderation', exact: true }).count(), 0, 'moderation sits under Verwaltung');
    await admin.getByRole('link', { name: 'Aussteller verwalten' }).first().click();
    await admin.getByRole('heading', { level: 2, name: 'Alle Aussteller' }).waitFor();
    await admin.getByRole('searchbox', { name: 'Aussteller suchen' }).fill('Kreis Soest');
    await admin.getByRole('textbox', { name: FIELD }).waitFor();
    await expectNoAxeViolations(admin, 'admin exhibitors');
  });

  it('invites a new team member by e-mail; the mail arrives and the list shows them', async () => {
    await admin.getByRole('textbox', { name: FIELD }).fill(EMAIL);
    await admin.getByRole('textbox', { name: FIELD }).press('Enter');
    await admin.getByRole('status').filter({ hasText: `${EMAIL} ist eingeladen` }).waitFor();
    await admin.getByText(EMAIL, { exact: true }).waitFor();
    const mail = await awaitMail(EMAIL, (m) => m.subject.includes('Kreis Soest'));
    assert.match(mail.subject, /Einladung in das Standteam/);
    await screenshot(admin, 'admin-exhibitors-invited');

    await admin.getByRole('textbox', { name: FIELD }).fill(EMAIL);
    await admin.getByRole('textbox', { name: FIELD }).press('Enter');
    await admin.getByText('gehört bereits zum Standteam von „Kreis Soest“').first().waitFor();
    await expectNoAxeViolations(admin, 'admin exhibitors after invitation');
  });

  it('makes the new member booth staff and a lead again, each announced, and the page still passes axe', async () => {
    await admin.getByRole('button', { name: `${EMAIL} zum Standpersonal machen` }).click();
    await admin.getByRole('status').filter({ hasText: `${EMAIL} gehört jetzt zum Standpersonal von Kreis Soest` }).waitFor();
    await admin.getByRole('button', { name: `${EMAIL} zur Standleitung machen` }).waitFor();
    await expectNoAxeViolations(admin, 'admin exhibitors with booth staff');
    await screenshot(admin, 'admin-exhibitors-roles');
    await admin.getByRole('button', { name: `${EMAIL} zur Standleitung machen` }).click();
    await admin.getByRole('status').filter({ hasText: `${EMAIL} leitet jetzt den Stand von Kreis Soest` }).waitFor();
  });
});
