"""The problem catalogue: loading and validating problem.toml, prompts and their facts, shared support modules, `drill new` scaffolds. Runs in the CLI and trusted processes."""
