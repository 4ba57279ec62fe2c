"""The untrusted worker process: imports the submission and answers calls over a pipe. Imports only protocol/ and complexity/ measurement; trusts nothing it receives."""
