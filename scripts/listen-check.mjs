// Before a build that can take minutes: can the server listen on $HOST:$PORT? Next's own failure comes after the
// build, and names neither variable ("getaddrinfo ENOTFOUND 999.1.1.1").
import { createServer } from "node:net";

const reasons = {
  EADDRINUSE: (host, port) => `PORT ${port} is already in use on ${host}: another server (perhaps another Reveal Desk) listens there. Stop it, or set PORT to a free port.`,
  EADDRNOTAVAIL: (host) => `HOST ${host} is not an address of this machine. Use 127.0.0.1 (this machine only), 0.0.0.0 (every network) or one of its own addresses.`,
  ENOTFOUND: (host) => `HOST "${host}" is neither an IP address nor a name this machine resolves. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every network).`,
  EACCES: (_host, port) => `PORT ${port} needs administrator rights on this machine: use a port from 1024 up (3000 by default), behind a proxy for 80 or 443.`,
};
reasons.EAI_AGAIN = reasons.ENOTFOUND;
reasons.EAI_NONAME = reasons.ENOTFOUND;

/** A sentence naming HOST or PORT when the server could not listen there, or null when it can. */
export function listenProblem(host, port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error) => {
      const reason = reasons[error.code];
      resolve(reason ? reason(host, port) : `The server cannot listen on ${host}:${port} (${error.code ?? error.message}). Check HOST and PORT.`);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}
