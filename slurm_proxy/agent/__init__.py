"""The warm path: a per-user agent that runs commands with everything already imported.

A cold command pays for the interpreter, then for importing the proxy, its HTTP
stack and the generated modules, before it sends one byte.  With the agent
(opt-in, ``SLURM_PROXY_AGENT=1``), the console script stays on the standard
library: it connects to the agent's private unix socket, hands over its argv,
environment, working directory, umask and its own stdin/stdout/stderr file
descriptors (SCM_RIGHTS), and waits for the exit code.  The agent forks a child
per call; the child takes the caller's descriptors, environment and working
directory, runs the very same ``execute(run, Invocation)`` as the cold path,
and exits.  Output therefore goes straight to the caller's descriptors, byte
for byte what the cold path would write.

Safety: the socket lives in a 0700 directory owned by the user, the agent
checks the peer's uid (SO_PEERCRED) and serves only its own user, refuses a
caller of another slurm-proxy version, and exits after an idle period.  When
there is no agent, the command runs in-process exactly as before, and starts
one for next time.
"""
