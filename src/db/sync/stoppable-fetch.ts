/**
 * A fetch for one run of a service's replication that sends nothing once `signal` is aborted, and
 * aborts what it has in flight when it is. pouchdb-replication 9.0.0 checks for a cancel only
 * before it reads its checkpoint: a replication cancelled while that read (or the server's info)
 * is under way goes on to send its first `_changes` read anyway, with nothing left to abort it. A
 * sign-out cancels the replications and then ends the session, so that read reached the server
 * without one (a 401 in the browser test of two tabs). Cancelling the run aborts this signal too.
 */
export function stoppableFetch(signal: AbortSignal, send: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    if (signal.aborted) return Promise.reject(new DOMException('The replication was stopped', 'AbortError'));
    // Both signals where the browser can combine them (AbortSignal.any); elsewhere PouchDB's own
    // abort goes on working, and a stopped run still sends nothing new.
    const own = init?.signal;
    const either = own && typeof AbortSignal.any === 'function' ? AbortSignal.any([own, signal]) : (own ?? signal);
    return send(input, { ...init, signal: either });
  };
}
