// The passkey ceremony (issue 12): the only script in Bredvid. A form marked
// data-passkey="create" or "get" carries the options from the server in data-options; this
// script asks the browser for the credential and posts it back in the hidden field "response".
// Without JavaScript or WebAuthn the forms stay hidden and the code form works as before.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  function toBuffer(b64url) {
    var s = b64url.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) s += '=';
    var bin = atob(s);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buf) {
    var bytes = new Uint8Array(buf);
    var bin = '';
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function withBuffers(list) {
    return (list || []).map(function (c) { return { id: toBuffer(c.id), type: c.type, transports: c.transports }; });
  }
  function creationOptions(o) {
    return Object.assign({}, o, {
      challenge: toBuffer(o.challenge),
      user: Object.assign({}, o.user, { id: toBuffer(o.user.id) }),
      excludeCredentials: withBuffers(o.excludeCredentials),
    });
  }
  function requestOptions(o) {
    return Object.assign({}, o, { challenge: toBuffer(o.challenge), allowCredentials: withBuffers(o.allowCredentials) });
  }
  function serialise(cred) {
    var r = cred.response;
    var response = { clientDataJSON: toB64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toB64url(r.attestationObject);
      response.transports = typeof r.getTransports === 'function' ? r.getTransports() : [];
    } else {
      response.authenticatorData = toB64url(r.authenticatorData);
      response.signature = toB64url(r.signature);
      if (r.userHandle) response.userHandle = toB64url(r.userHandle);
    }
    return JSON.stringify({
      id: cred.id, rawId: toB64url(cred.rawId), type: cred.type, response: response,
      clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
      authenticatorAttachment: cred.authenticatorAttachment || undefined,
    });
  }

  var forms = document.querySelectorAll('form[data-passkey]');
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector('[data-passkey-status]');
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      var field = form.querySelector('input[name="response"]');
      if (field.value) return;
      // A key needs a name first: without one the server answers with the message for the field.
      var name = form.querySelector('input[name="name"]');
      if (name && !name.value.trim()) return;
      event.preventDefault();
      var options = JSON.parse(form.getAttribute('data-options'));
      var ask = form.getAttribute('data-passkey') === 'create'
        ? navigator.credentials.create({ publicKey: creationOptions(options) })
        : navigator.credentials.get({ publicKey: requestOptions(options) });
      ask.then(function (cred) {
        if (!cred) throw new Error('no credential');
        field.value = serialise(cred);
        form.submit();
      }).catch(function () {
        if (status) status.textContent = form.getAttribute('data-failed') || '';
      });
    });
  });
})();
