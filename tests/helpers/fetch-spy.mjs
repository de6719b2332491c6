// Preloaded into a build (NODE_OPTIONS=--import) to show every request it makes: each fetch is
// written to stderr as "FETCH <url>" and answered with an empty response, nothing leaves the machine.
globalThis.fetch = async (url) => {
  process.stderr.write(`FETCH ${String(url)}\n`);
  return new Response('');
};
