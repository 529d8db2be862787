// The stage journey against the packaged app: ffmpeg makes a short HLS stream with WebVTT captions,
// served by a tiny static server of this test; the admin points the main stage at it and switches it
// live; a visitor plays it in Chromium (the playback position advances) and keeps it running in the
// mini-player on the way to the programme; a second, logged-in context sees the live change within a
// second (pushed over the WebSocket), an anonymous one by polling. A visitor asks a question, the
// moderator approves it, and it appears for others. The moderator uploads WebVTT captions for the talk's
// recording (previewed before saving), and visitors read the transcript below the player and find the talk by a
// word of it in the archive. Programme, talk, stage, agenda, archive, captions and the moderation pages are
// checked with axe-core.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const ADMIN = { username: 'kdn-admin', password: 'demo' };
const VISITOR = { username: 'besucher', password: 'demo' };
const MODERATOR = { username: 'moderatorin', password: 'demo' };
const OTHER_VISITOR = { username: 'aussteller-soest', password: 'demo' };
const STAGE = { key: 'hauptbuehne', name: 'Hauptbühne' };
const MARKER = `Frage${Math.floor(10000 + Math.random() * 90000)}`;
const QUESTION = `Wie lange dauert die Einführung bei einer kleinen Kommune? (${MARKER})`;
const PAUSE_MESSAGE = `Kurze Pause, weiter um 11:15 Uhr (${MARKER})`;

/** Logged-in viewers get live state changes pushed over the WebSocket. */
const PUSHED_WITHIN_MS = 1_000;
/** Anonymous viewers may not read a stage channel by default: they poll every five seconds. */
const POLLED_WITHIN_MS = 7_000;

/** Makes a 40-second HLS stream (2-second segments) and a WebVTT file with ffmpeg. */
function makeStream(dir) {
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error',
      '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=440',
      '-t', '40', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac',
      '-f', 'hls', '-hls_time', '2', '-hls_list_size', '0', path.join(dir, 'stream.m3u8'),
    ],
    { stdio: 'inherit' },
  );
  assert.equal(result.status, 0, 'ffmpeg made the HLS stream');
  writeFileSync(
    path.join(dir, 'captions.vtt'),
    'WEBVTT\n\n00:00:00.000 --> 00:00:40.000\nUntertitel: Willkommen auf der Hauptbühne.\n',
  );
}

const TYPES = { '.m3u8': 'application/vnd.apple.mpegurl', '.ts': 'video/mp2t', '.vtt': 'text/vtt' };

/** Serves the stream folder with CORS, since the player on the app's origin fetches it. */
function serve(dir) {
  const server = createServer((request, response) => {
    const name = path.basename(new URL(request.url, 'http://x').pathname);
    const file = path.join(dir, name);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (!name || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function currentTime(page) {
  return page.locator('.player__video').first().evaluate((video) => video.currentTime);
}

describe('stage journey: stream, live state, Q&A, programme and agenda', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let admin;
  let visitor;
  let watcher;
  let viewer;
  let moderator;
  let server;
  let workDir;
  let streamUrl;
  let talk;

  before(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'kommunalmesse-hls-'));
    makeStream(workDir);
    server = await serve(workDir);
    streamUrl = `http://127.0.0.1:${server.address().port}/stream.m3u8`;
    // A talk that has not ended yet, so visitors may still ask questions.
    const talks = await fetchJson('/api/talks');
    talk = talks.find((t) => Date.parse(t.end) > Date.now()) ?? talks[talks.length - 1];
    browser = await launchBrowser();
    admin = await newPage(browser);
    visitor = await newPage(browser);
    watcher = await newPage(browser);
    viewer = await newPage(browser);
    moderator = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('shows the programme with a column per stage and filters in the URL, and it passes axe', async () => {
    await watcher.goto(`${BASE_URL}/programm`);
    await watcher.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    await watcher.getByRole('heading', { level: 2, name: /Tag 1 – Gastgeberin/ }).waitFor();
    await watcher.getByRole('heading', { level: 3, name: 'Fachforum' }).first().waitFor();
    await expectNoAxeViolations(watcher, 'programme');
    await screenshot(watcher, 'stage-programme');

    await watcher.getByLabel('Art', { exact: true }).selectOption({ label: 'Workshop' });
    await watcher.getByRole('button', { name: 'Filter anwenden' }).click();
    await watcher.waitForURL(/art=workshop/);
    // The demo fair has three workshops; the list follows the filter.
    await watcher.waitForFunction(() => {
      const titles = [...document.querySelectorAll('.talk-card__title')].map((h) => h.textContent ?? '');
      return titles.length === 3 && titles.every((title) => title.startsWith('Workshop'));
    });
    await watcher.getByRole('status').filter({ hasText: '3 Beiträge' }).waitFor();
  });

  it('lets the admin point the main stage at the HLS stream with captions', async () => {
    await loginAt(admin, '/moderation', ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    await expectNoAxeViolations(admin, 'moderation');
    const panel = admin.locator('.stage-control').filter({ has: admin.getByRole('heading', { name: STAGE.name }) });
    await panel.locator('summary', { hasText: 'Übertragung einstellen' }).click();
    await panel.getByLabel(`Art der Übertragung der ${STAGE.name}`).selectOption({ label: 'HLS-Stream' });
    await panel.getByRole('textbox', { name: 'Adresse (http oder https)' }).fill(streamUrl);
    await panel.getByRole('textbox', { name: /WebVTT-Adresse/ }).fill(streamUrl.replace('stream.m3u8', 'captions.vtt'));
    await panel.getByRole('button', { name: 'Übertragung speichern' }).click();
    await panel.getByRole('status').filter({ hasText: 'Die Übertragung wurde gespeichert.' }).waitFor();
    const stage = await fetchJson(`/api/stages/${STAGE.key}`);
    assert.equal(stage.stream.url, streamUrl);
  });

  it('plays the stream in Chromium: the playback position advances', async () => {
    await visitor.goto(`${BASE_URL}/buehne/${STAGE.key}`);
    await visitor.getByRole('heading', { level: 1, name: STAGE.name }).waitFor();
    await visitor.getByRole('button', { name: 'Abspielen' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Wird abgespielt.' }).waitFor();
    const first = await currentTime(visitor);
    await visitor.waitForTimeout(2500);
    const later = await currentTime(visitor);
    assert.ok(later > first + 1, `currentTime advanced from ${first} to ${later}`);
    const captions = await visitor.locator('.player__video').evaluate((video) => video.textTracks[0]?.mode);
    assert.equal(captions, 'showing', 'captions are shown');
    await expectNoAxeViolations(visitor, 'stage');
    await screenshot(visitor, 'stage-player');
  });

  it('keeps playing in the mini-player while the visitor walks on, and goes back to the stage', async () => {
    await visitor.getByRole('link', { name: 'Zum ganzen Programm' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Programm' }).waitFor();
    const mini = visitor.getByRole('complementary', { name: 'Mini-Player' });
    await mini.waitFor();
    const first = await currentTime(visitor);
    await visitor.waitForTimeout(2000);
    const later = await currentTime(visitor);
    assert.ok(later > first + 1, `mini-player kept playing: ${first} → ${later}`);
    await screenshot(visitor, 'stage-mini-player');
    await mini.getByRole('link', { name: 'Zurück zur Bühne' }).click();
    await visitor.getByRole('heading', { level: 1, name: STAGE.name }).waitFor();
    assert.equal(await mini.count(), 0);
    assert.equal(await visitor.locator('.player-slot .player__video').count(), 1);
  });

  it('pushes a live state change to another logged-in viewer within a second; anonymous ones poll', async () => {
    await loginAt(viewer, '/agenda', OTHER_VISITOR);
    await viewer.goto(`${BASE_URL}/buehne/${STAGE.key}`);
    await viewer.getByRole('heading', { level: 1, name: STAGE.name }).waitFor();
    await viewer.locator('.live-status__viewers').waitFor();
    await watcher.goto(`${BASE_URL}/buehne/${STAGE.key}`);
    await watcher.getByRole('heading', { level: 1, name: STAGE.name }).waitFor();
    // Let the viewer's stage subscription settle before switching.
    await viewer.waitForTimeout(1500);

    const panel = admin.locator('.stage-control').filter({ has: admin.getByRole('heading', { name: STAGE.name }) });
    await panel.getByLabel(`Status der ${STAGE.name}`).selectOption({ label: 'Pause' });
    await panel.getByRole('textbox', { name: 'Hinweis für die Zuschauenden' }).fill(PAUSE_MESSAGE);
    const seen = viewer.evaluate(
      (message) =>
        new Promise((resolve) => {
          const check = () => (document.body.innerText.includes(message) ? resolve(performance.now()) : setTimeout(check, 10));
          check();
        }),
      PAUSE_MESSAGE,
    );
    const clickedAt = await viewer.evaluate(() => performance.now());
    await panel.getByRole('button', { name: 'Status übernehmen' }).click();
    const elapsed = (await seen) - clickedAt;
    console.log(`live state change seen by the logged-in viewer ${Math.round(elapsed)} ms after the click`);
    assert.ok(elapsed < PUSHED_WITHIN_MS, `pushed change seen after ${Math.round(elapsed)} ms`);
    await viewer.locator('.live-status__badge', { hasText: 'Pause' }).waitFor();
    await watcher.getByText(PAUSE_MESSAGE).waitFor({ timeout: POLLED_WITHIN_MS });

    await panel.getByLabel(`Status der ${STAGE.name}`).selectOption({ label: 'Live' });
    await panel.getByRole('textbox', { name: 'Hinweis für die Zuschauenden' }).fill('');
    await panel.getByRole('button', { name: 'Status übernehmen' }).click();
    await viewer.locator('.live-status__badge', { hasText: 'Live' }).waitFor({ timeout: PUSHED_WITHIN_MS + 1000 });
    await watcher.locator('.live-status__badge', { hasText: 'Live' }).waitFor({ timeout: POLLED_WITHIN_MS });
  });

  it('lets a visitor ask on the talk page; the question waits for the moderator', async () => {
    // The talk page is public: log in through a page behind the login, then go there.
    await loginAt(visitor, '/agenda', VISITOR);
    await visitor.goto(`${BASE_URL}/vortrag/${talk.id}`);
    await visitor.getByRole('heading', { level: 1, name: talk.title }).waitFor();
    await visitor.getByRole('textbox', { name: 'Ihre Frage' }).fill(QUESTION);
    await visitor.getByRole('checkbox', { name: /Meinen Namen/ }).check();
    await visitor.getByRole('button', { name: 'Frage stellen' }).click();
    await visitor.getByRole('status').filter({ hasText: 'wartet auf die Freigabe' }).waitFor();
    await visitor.locator('.question', { hasText: MARKER }).getByText('Wartet auf Freigabe').waitFor();
    await expectNoAxeViolations(visitor, 'talk');
    await screenshot(visitor, 'stage-talk');

    await watcher.goto(`${BASE_URL}/vortrag/${talk.id}`);
    await watcher.getByRole('heading', { level: 2, name: 'Fragen und Antworten' }).waitFor();
    await watcher.waitForTimeout(500);
    assert.equal(await watcher.getByText(MARKER).count(), 0, 'pending questions are not shown to others');
  });

  it('lets the moderator approve it, and it appears for others, without the name', async () => {
    await loginAt(moderator, `/moderation/vortrag/${talk.id}`, MODERATOR);
    const question = moderator.locator('.question', { hasText: MARKER });
    await question.waitFor();
    await question.getByText('(anonym für andere)').waitFor();
    await expectNoAxeViolations(moderator, 'talk moderation');
    await question.getByRole('button', { name: 'Freigeben' }).click();
    await question.getByText('Freigegeben').waitFor();

    const shown = watcher.locator('.question', { hasText: MARKER });
    await shown.waitFor({ timeout: POLLED_WITHIN_MS });
    await shown.getByText('anonym').waitFor();
    assert.equal(await shown.getByText('Bea').count(), 0, 'the anonymous author stays hidden');

    // Answered and promoted to the FAQ, it belongs to the day's archive.
    await question.getByRole('textbox', { name: 'Antwort (für die FAQ)' }).fill(`Etwa drei Monate. (${MARKER})`);
    await question.getByRole('button', { name: 'In die FAQ übernehmen' }).click();
    await question.getByText('In der FAQ').waitFor();

    await moderator.goto(`${BASE_URL}/moderation/vortrag/${talk.id}/referierende`);
    await moderator.locator('.question-list--large .question', { hasText: MARKER }).waitFor();
    await expectNoAxeViolations(moderator, 'speaker view');
  });

  it('keeps the talk in "Meine Agenda" and passes axe there and in the archive', async () => {
    await visitor.goto(`${BASE_URL}/vortrag/${talk.id}`);
    const save = visitor.getByRole('button', { name: `In meine Agenda: ${talk.title}` });
    await visitor.getByRole('heading', { level: 2, name: 'Fragen und Antworten' }).waitFor();
    if ((await save.getAttribute('aria-pressed')) === 'true') {
      // Left over from an interrupted run.
      await save.click();
      await visitor.getByRole('status').filter({ hasText: 'Aus „Meine Agenda“ entfernt.' }).waitFor();
    }
    await save.click();
    await visitor.getByRole('status').filter({ hasText: 'In „Meine Agenda“ aufgenommen.' }).waitFor();
    await visitor.goto(`${BASE_URL}/agenda`);
    await visitor.getByRole('heading', { level: 1, name: 'Meine Agenda' }).waitFor();
    await visitor.getByRole('heading', { level: 3, name: talk.title }).waitFor();
    await visitor.getByRole('button', { name: 'Private Adresse erzeugen' }).click();
    const feed = await visitor.getByRole('textbox', { name: 'Private Abonnement-Adresse' }).inputValue();
    assert.match(feed, /\/api\/agenda-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    // The address is built from the configured public URL; fetch its path from the app under test.
    const ics = await (await fetch(`${BASE_URL}${new URL(feed).pathname}`)).text();
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.ok(ics.includes(`talk-${talk.id}@kommunalmesse`), 'the feed contains the saved talk');
    await expectNoAxeViolations(visitor, 'agenda');
    await screenshot(visitor, 'stage-agenda');
    // Leave the agenda as it was for later runs.
    await visitor.goto(`${BASE_URL}/vortrag/${talk.id}`);
    await visitor.getByRole('button', { name: `In meine Agenda: ${talk.title}`, pressed: true }).click();
    await visitor.getByRole('status').filter({ hasText: 'Aus „Meine Agenda“ entfernt.' }).waitFor();

    await watcher.goto(`${BASE_URL}/archiv/${talk.eventDayId}`);
    await watcher.getByRole('heading', { level: 1, name: /^Archiv: / }).waitFor();
    const entry = watcher.locator('.archive-entry').filter({ has: watcher.getByRole('heading', { level: 3, name: talk.title }) });
    await entry.locator('summary', { hasText: 'mit Antwort' }).click();
    await entry.getByText(`Etwa drei Monate. (${MARKER})`).waitFor();
    await expectNoAxeViolations(watcher, 'archive');
  });

  it('checks a broken programme import and lists the errors by line and field, applying nothing', async () => {
    const date = talk.start.slice(0, 10);
    const csvPath = path.join(workDir, 'programm.csv');
    writeFileSync(
      csvPath,
      'datum;buehne;beginn;ende;art;titel;zusammenfassung;themenfeld;sprache;referierende;id\n' +
        `${date};hauptbuehne;11:00;10:00;fachbeitrag;Kaputt ${MARKER};;;de;;e2e-${MARKER}\n`,
    );
    await admin.goto(`${BASE_URL}/verwaltung/programm`);
    await admin.getByRole('heading', { level: 1, name: 'Programm verwalten' }).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Programm importieren' }).waitFor();
    await expectNoAxeViolations(admin, 'programme administration');
    await admin.locator('kol-input-file input[type="file"]').setInputFiles(csvPath);
    await admin.getByRole('button', { name: 'Prüfen' }).click();
    const errors = admin.getByRole('alert').filter({ hasText: 'Es wurde nichts übernommen.' });
    await errors.waitFor();
    const row = errors.locator('tbody tr').first();
    assert.equal(await row.locator('td').first().innerText(), '2');
    await expectNoAxeViolations(admin, 'import errors');
    const found = await fetchJson(`/api/talks?q=${encodeURIComponent(MARKER)}`);
    assert.equal(found.filter((t) => t.title.includes('Kaputt')).length, 0, 'nothing was imported');
  });

  it('plays the demo video on the second stage with the German subtitles inside the stream', async () => {
    const forum = await fetchJson('/api/stages/forum');
    assert.equal(forum.stream.url, '/media/demo/buehne.m3u8', 'the demo fair streams its bundled video');
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/buehne/forum`);
    await page.getByRole('heading', { level: 1, name: forum.name }).waitFor();
    await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.getByRole('status').filter({ hasText: 'Wird abgespielt.' }).waitFor();
    // hls.js reads the subtitle rendition and shows it as a text track with the spoken words as cues
    const subtitles = () =>
      page.locator('.player__video').evaluate((video) => {
        const track = [...video.textTracks].find((t) => t.kind === 'subtitles' && t.language === 'de');
        return track ? { mode: track.mode, cues: track.cues?.length ?? 0 } : null;
      });
    await page.waitForFunction(() => {
      const video = document.querySelector('.player__video');
      const track = video && [...video.textTracks].find((t) => t.kind === 'subtitles' && t.language === 'de');
      return Boolean(track && track.mode === 'showing' && track.cues && track.cues.length > 0);
    }, undefined, { timeout: TIMEOUT });
    assert.ok((await subtitles()).cues > 0, 'subtitle cues arrived');
    await screenshot(page, 'stage-demo-video-subtitles');
    await page.getByRole('button', { name: 'Untertitel aus' }).click();
    await page.waitForFunction(() => {
      const video = document.querySelector('.player__video');
      return [...video.textTracks].filter((t) => t.kind === 'subtitles').every((t) => t.mode !== 'showing');
    });
    await page.getByRole('button', { name: 'Untertitel an' }).waitFor();
    await expectNoAxeViolations(page, 'stage with the demo video');
    await page.close();
  });

  it('refuses a recording without captions, takes WebVTT captions with a preview, and shows and finds the transcript', async () => {
    const word = `Transkriptwort${MARKER}`;
    const vttPath = path.join(workDir, 'untertitel.vtt');
    writeFileSync(vttPath, `WEBVTT\n\n00:00.500 --> 00:05.500\nWillkommen, heute geht es um ${word}.\n\n` +
      '00:06.000 --> 00:11.500\nDanke fürs Zuschauen.\n');
    await moderator.goto(`${BASE_URL}/moderation/vortrag/${talk.id}`);
    const recording = moderator.getByRole('textbox', { name: /^Aufzeichnung/ });
    await recording.fill('/media/demo/aufzeichnung.m3u8');
    await moderator.getByRole('button', { name: 'Aufzeichnung speichern' }).click();
    await moderator.getByRole('alert').filter({ hasText: 'erst mit Untertiteln' }).waitFor();

    await moderator.getByRole('link', { name: 'Untertitel und Transkript bearbeiten' }).click();
    await moderator.getByRole('heading', { level: 1, name: `Untertitel und Transkript: ${talk.title}` }).waitFor();
    await moderator.locator('kol-input-file input[type="file"]').setInputFiles(vttPath);
    const preview = moderator.getByRole('table', { name: '2 Untertitel' });
    await preview.waitFor();
    await preview.getByRole('cell', { name: `Willkommen, heute geht es um ${word}.` }).waitFor();
    await moderator.getByRole('status').filter({ hasText: 'Geprüft: 2 Untertitel, ohne Fehler.' }).waitFor();
    assert.equal((await fetchJson(`/api/talks/${talk.id}/captions`)).cueCount, 0, 'nothing is saved before "Speichern"');
    await expectNoAxeViolations(moderator, 'captions preview');
    await screenshot(moderator, 'captions-preview');
    await moderator.getByRole('button', { name: 'Untertitel speichern' }).click();
    await moderator.getByRole('status').filter({ hasText: 'Die Untertitel sind gespeichert.' }).waitFor();
    await moderator.getByText('2 Untertitel gespeichert.').waitFor();

    await moderator.goto(`${BASE_URL}/moderation/vortrag/${talk.id}`);
    await moderator.getByRole('textbox', { name: /^Aufzeichnung/ }).fill('/media/demo/aufzeichnung.m3u8');
    await moderator.getByRole('button', { name: 'Aufzeichnung speichern' }).click();
    await moderator.getByRole('status').filter({ hasText: 'Die Aufzeichnung wurde gespeichert.' }).waitFor();

    await watcher.goto(`${BASE_URL}/vortrag/${talk.id}`);
    await watcher.getByRole('heading', { level: 3, name: 'Transkript' }).waitFor();
    await watcher.locator('.transcript').getByText(`Willkommen, heute geht es um ${word}. Danke fürs Zuschauen.`).waitFor();
    await expectNoAxeViolations(watcher, 'talk with recording and transcript');
    await screenshot(watcher, 'talk-transcript');

    await watcher.goto(`${BASE_URL}/archiv`);
    await watcher.getByRole('heading', { level: 1 }).waitFor();
    const search = watcher.getByRole('search', { name: 'Im Archiv suchen' });
    await search.getByRole('searchbox', { name: 'Im Archiv suchen' }).fill(word);
    await search.getByRole('button', { name: 'Suchen' }).click();
    await watcher.waitForURL(/q=Transkriptwort/);
    const found = watcher.locator('.archive-entry').filter({ has: watcher.getByRole('heading', { level: 3, name: talk.title }) });
    // The list keeps the previous results until the search answers: wait for its count
    await watcher.getByRole('status').filter({ hasText: /^1 Beitrag$/ }).waitFor();
    await found.waitFor();
    assert.equal(await watcher.locator('.archive-entry').count(), 1, 'only the talk with the word in its transcript');
    await found.locator('summary', { hasText: 'Transkript' }).click();
    await found.getByText(word, { exact: false }).waitFor();
    await expectNoAxeViolations(watcher, 'archive search by transcript');
    await screenshot(watcher, 'archive-transcript');
  });
});
