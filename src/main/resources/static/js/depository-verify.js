// Verifies a certificate of deposit in the browser (docs/depository.md, "Certificate of deposit"): the leaf hash,
// the RFC 9162 §2.1.3.2 inclusion proof up to a root, that root against the signed checkpoint, and the checkpoint's
// Ed25519 signature (WebCrypto; the vendored noble-ed25519 where the browser lacks Ed25519, or with ?ed25519=noble).
const page = document.querySelector('[data-testid=verify-page]');
const messages = Object.fromEntries(
  [...document.querySelectorAll('#verify-messages [data-message]')].map(li => [li.dataset.message, li.textContent]));
const engineChoice = new URLSearchParams(location.search).get('ed25519');
const encoder = new TextEncoder();

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const fromBase64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));
const toBase64 = bytes => btoa(String.fromCharCode(...bytes));
const toHex = bytes => [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const sha256 = async bytes => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
const leafHash = entry => sha256(concat(Uint8Array.of(0), entry));
const nodeHash = (left, right) => sha256(concat(Uint8Array.of(1), left, right));

function parseCertificate(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const headerEnd = text.indexOf('\n\n');
  const proofEnd = headerEnd < 0 ? -1 : text.indexOf('\n\n', headerEnd + 2);
  if (proofEnd < 0) throw new Error('header, tlog-proof and signed note are separated by blank lines');
  const header = text.substring(0, headerEnd).split('\n');
  if (header.length !== 2 || header[0] !== 'games-cloud/certificate-of-deposit@v1' || !header[1].startsWith('key ')) {
    throw new Error("the certificate starts with 'games-cloud/certificate-of-deposit@v1' and a 'key' line");
  }
  const lines = text.substring(headerEnd + 2, proofEnd).split('\n');
  if (lines.length < 3 || lines[0] !== 'c2sp.org/tlog-proof@v1' || !lines[1].startsWith('extra ')
      || !/^index (0|[1-9][0-9]*)$/.test(lines[2])) {
    throw new Error("the proof reads 'c2sp.org/tlog-proof@v1', 'extra <entry>', 'index <n>', then hashes");
  }
  const note = text.substring(proofEnd + 2);
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new Error('the checkpoint note has no signatures');
  const body = note.substring(0, split + 1);
  const bodyLines = body.split('\n');
  if (bodyLines.length < 4) throw new Error('the checkpoint has an origin, a size and a root hash');
  return {
    key: header[1].substring(4),
    entry: fromBase64(lines[1].substring(6)),
    index: BigInt(lines[2].substring(6)),
    proof: lines.slice(3).map(fromBase64),
    body,
    signatures: note.substring(split + 2).split('\n').filter(line => line.length > 0),
    checkpoint: { origin: bodyLines[0], size: BigInt(bodyLines[1]), root: fromBase64(bodyLines[2]) },
  };
}

// RFC 9162 §2.1.3.2: the root that the audit path leads to, or null if the path does not fit the position.
async function rootFromInclusionProof(hash, index, size, proof) {
  if (index >= size) return null;
  let fn = index, sn = size - 1n, r = hash;
  for (const p of proof) {
    if (sn === 0n) return null;
    if ((fn & 1n) === 1n || fn === sn) {
      r = await nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1n; sn >>= 1n;
  }
  return sn === 0n ? r : null;
}

async function ed25519Verify(publicKey, signature, message) {
  if (engineChoice !== 'noble') {
    try {
      const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
      return { valid: await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message), engine: 'WebCrypto' };
    } catch (e) {
      if (engineChoice === 'webcrypto') throw e;
    }
  }
  const noble = await import('./vendor/noble-ed25519-2.3.0.js');
  return { valid: await noble.verifyAsync(signature, message, publicKey), engine: 'noble-ed25519' };
}

// c2sp.org/signed-note: key "<name>+<hex key hash>+<base64(0x01 || key)>", signature line "— <name> <base64(hash || sig)>".
async function checkSignature(cert) {
  const first = cert.key.indexOf('+'), second = cert.key.indexOf('+', first + 1);
  const [name, hashHex, typed64] = first > 0 && second > first
    ? [cert.key.substring(0, first), cert.key.substring(first + 1, second), cert.key.substring(second + 1)] : [];
  const typed = fromBase64(typed64 || '');
  if (!name || typed.length !== 33 || typed[0] !== 1) return { valid: false, detail: 'not an Ed25519 verifier key' };
  const keyHash = (await sha256(concat(encoder.encode(name + '\n'), typed))).slice(0, 4);
  if (toHex(keyHash) !== (hashHex || '').toLowerCase()) return { valid: false, detail: 'the key hash does not match the key' };
  for (const line of cert.signatures) {
    const [dash, signer, sig64] = line.split(' ');
    if (dash !== '\u2014' || signer !== name || !sig64) continue;
    const sig = fromBase64(sig64);
    if (sig.length !== 68 || !equal(sig.slice(0, 4), keyHash)) continue;
    const result = await ed25519Verify(typed.slice(1), sig.slice(4), encoder.encode(cert.body));
    return { valid: result.valid, engine: result.engine, detail: `Ed25519 (${result.engine}) · ${name}` };
  }
  return { valid: false, detail: 'no signature by ' + name };
}

async function verify(text) {
  const steps = [];
  const add = (id, passed, detail) => steps.push({ id, passed, detail });
  let cert;
  try {
    cert = parseCertificate(text);
    add('read', true, `index ${cert.index} · ${cert.checkpoint.origin} @ ${cert.checkpoint.size}`);
  } catch (e) {
    add('read', false, e.message);
    return { steps };
  }
  const published = await fetch('/api/depository/key').then(r => (r.ok ? r.text() : '')).catch(() => '');
  add('published', published.trim() === cert.key, cert.key);
  const leaf = await leafHash(cert.entry);
  add('leaf', true, 'SHA-256(0x00 ‖ entry) = ' + toHex(leaf));
  const root = await rootFromInclusionProof(leaf, cert.index, cert.checkpoint.size, cert.proof);
  add('inclusion', root !== null, root ? toBase64(root) : `${cert.proof.length} hashes do not fit leaf ${cert.index}`);
  add('root', root !== null && equal(root, cert.checkpoint.root), toBase64(cert.checkpoint.root));
  let signature;
  try {
    signature = await checkSignature(cert);
  } catch (e) {
    signature = { valid: false, detail: e.message };
  }
  add('signature', signature.valid, signature.detail);
  return { steps, cert, engine: signature.engine };
}

function show(result) {
  const list = page.querySelector('[data-testid=steps]');
  list.replaceChildren(...result.steps.map(step => {
    const li = document.createElement('li');
    li.dataset.testid = 'step';
    li.dataset.step = step.id;
    li.dataset.passed = step.passed;
    li.className = step.passed ? 'step-passed' : 'step-failed';
    const mark = document.createElement('span');
    mark.className = 'step-mark';
    mark.textContent = step.passed ? '✓' : '✗';
    const name = document.createElement('strong');
    name.textContent = messages[step.id];
    const detail = document.createElement('code');
    detail.textContent = step.detail;
    li.append(mark, ' ', name, ' ', detail);
    return li;
  }));
  const verified = result.steps.length > 1 && result.steps.every(step => step.passed);
  const verdict = page.querySelector('[data-testid=verdict]');
  verdict.hidden = false;
  verdict.dataset.verified = verified;
  verdict.dataset.engine = result.engine || '';
  verdict.className = 'verify-verdict ' + (verified ? 'is-verified' : 'is-failed');
  verdict.textContent = (verified ? '✓ ' : '✗ ') + messages[verified ? 'verified' : 'failed'];
  const entry = page.querySelector('[data-testid=entry]');
  entry.hidden = !result.cert;
  if (result.cert) entry.querySelector('pre').textContent = new TextDecoder().decode(result.cert.entry);
}

async function verifyText(text) {
  show(await verify(text));
}

async function fetchCertificate(index) {
  const response = await fetch(`/api/depository/entries/${encodeURIComponent(index)}/certificate`);
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status}`);
  }
  return response.text();
}

async function latestIndexOfUnit(unit) {
  const response = await fetch(`/api/results/units/${encodeURIComponent(unit)}/history`);
  if (!response.ok) throw new Error(messages.notFound);
  const notarised = (await response.json()).filter(revision => revision.depositoryIndex != null);
  if (notarised.length === 0) throw new Error(messages.notFound);
  return notarised[notarised.length - 1].depositoryIndex;
}

async function fetchAndVerify(findIndex) {
  const textarea = page.querySelector('#certificate');
  try {
    textarea.value = await fetchCertificate(await findIndex());
    await verifyText(textarea.value);
  } catch (e) {
    show({ steps: [{ id: 'read', passed: false, detail: e.message }] });
  }
}

page.querySelector('#verify-form').addEventListener('submit', event => {
  event.preventDefault();
  verifyText(page.querySelector('#certificate').value);
});
page.querySelector('#certificate-file').addEventListener('change', async event => {
  const file = event.target.files[0];
  if (!file) return;
  const text = await file.text();
  page.querySelector('#certificate').value = text;
  verifyText(text);
});
page.querySelector('#fetch-by-index').addEventListener('submit', event => {
  event.preventDefault();
  fetchAndVerify(async () => page.querySelector('#entry-index').value);
});
page.querySelector('#fetch-by-unit').addEventListener('submit', event => {
  event.preventDefault();
  fetchAndVerify(() => latestIndexOfUnit(page.querySelector('#unit-code').value.trim()));
});
if (page.dataset.index) fetchAndVerify(async () => page.dataset.index);
else if (page.dataset.unit) fetchAndVerify(() => latestIndexOfUnit(page.dataset.unit));
