"""The typed boundaries between processes: grading settings and result messages (grader <-> trusted test process) and the rpc codec (trusted test process <-> worker)."""
