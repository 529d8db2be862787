// Reads the mails the app delivered to the test mail server (GreenMail, started by the integration test) over
// IMAP, as a mail program would: LOGIN with the address as user and password, FETCH every message, and take the
// subject and the calendar invitations (text/calendar parts) out of the MIME structure.
import net from 'node:net';

export const IMAP_PORT = Number(process.env.MAIL_IMAP_PORT || 0);

function imap(commands) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: IMAP_PORT });
    let data = '';
    let step = -1;
    const send = () => {
      step += 1;
      if (step < commands.length) socket.write(`a${step} ${commands[step]}\r\n`);
      else socket.end();
    };
    socket.setEncoding('latin1');
    socket.setTimeout(10_000, () => socket.destroy(new Error('IMAP timeout')));
    socket.on('data', (chunk) => {
      data += chunk;
      if (step === -1 && data.includes('* OK')) send();
      else if (step >= 0 && new RegExp(`\\r\\na${step} (OK|NO|BAD)[^\\r]*\\r\\n$`).test(data)) {
        if (/\r\na0 NO/.test(data)) {
          socket.end();
          resolve('');
          return;
        }
        send();
      }
    });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const utf8 = (latin1) => Buffer.from(latin1, 'latin1').toString('utf8');

/** RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) in a header. */
function decodeWords(value) {
  return value.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind, text) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : utf8(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_h, hex) => String.fromCharCode(parseInt(hex, 16)))),
  );
}

function headers(block) {
  const result = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) result[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return result;
}

function decodeBody(body, encoding = '') {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    return utf8(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_h, hex) => String.fromCharCode(parseInt(hex, 16))));
  }
  return utf8(body);
}

/** The calendar parts of a MIME entity, depth first. */
function calendars(entity) {
  const split = entity.indexOf('\r\n\r\n');
  const head = headers(entity.slice(0, split));
  const body = entity.slice(split + 4);
  const type = head['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => calendars(part.replace(/^\r\n/, '')));
  }
  return /^text\/calendar/i.test(type) ? [decodeBody(body, head['content-transfer-encoding'])] : [];
}

/** Every mail delivered to the address: its subject, its List-Unsubscribe headers and calendar invitations. */
export async function readMail(address) {
  const raw = await imap([`LOGIN "${address}" "${address}"`, 'SELECT INBOX', 'FETCH 1:* (BODY.PEEK[])', 'LOGOUT']);
  const mails = [];
  const literal = /\* \d+ FETCH \(BODY\[\] \{(\d+)\}\r\n/g;
  let match;
  while ((match = literal.exec(raw))) {
    const message = raw.substr(match.index + match[0].length, Number(match[1]));
    const split = message.indexOf('\r\n\r\n');
    const head = headers(message.slice(0, split));
    mails.push({
      subject: decodeWords(head.subject ?? ''),
      listUnsubscribe: head['list-unsubscribe'],
      listUnsubscribePost: head['list-unsubscribe-post'],
      calendars: calendars(message),
    });
  }
  return mails;
}

/** Waits up to 60 seconds for a mail to the address that matches. */
export async function awaitMail(address, matching) {
  // A mail whose first SMTP session stalls is sent again after 15 s (common/MailDelivery): wait for that try too
  const deadline = Date.now() + 60_000;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await readMail(address);
    const found = seen.find(matching);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No matching mail to ${address}; got ${seen.map((m) => m.subject).join(' | ')}`);
}
