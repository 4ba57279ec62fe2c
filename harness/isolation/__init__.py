"""Starting the untrusted worker behind an isolation backend (runs in the trusted test process)."""
