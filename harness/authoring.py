"""The one module problem tests import: checks, numeric checks, the submission's errors, facts.

Loaded in the trusted test process. It only re-exports what lives in harness.trusted (checks,
numeric, remote), so importing it stays cheap: numpy and torch are imported by the numeric
checks when first called, never here.
"""

from harness.trusted.checks import (
    CheckFailed,
    call_text,
    check,
    check_cpu_within,
    check_equal,
    describe_mismatch,
    expect_raises,
    fact,
    strict_equal,
    type_name,
)
from harness.trusted.numeric import (
    check_close,
    check_finite,
    check_gradcheck,
    check_gradients,
    check_kind,
    projector,
    to_numpy,
    tolerance,
)
from harness.trusted.remote import (
    BadReturnValue,
    SubmissionCrashed,
    SubmissionFailure,
    SubmissionRaised,
    SubmissionTimeout,
    short_repr,
)

# Comparisons whose messages teach (check ... type_name, expect_raises); values, not printed
# text (check_close ... tolerance); what a call into the submission raises in a test
# (Submission*, BadReturnValue, short_repr); the numbers the prompt states (fact).
__all__ = [
    "BadReturnValue",
    "CheckFailed",
    "SubmissionCrashed",
    "SubmissionFailure",
    "SubmissionRaised",
    "SubmissionTimeout",
    "call_text",
    "check",
    "check_close",
    "check_cpu_within",
    "check_equal",
    "check_finite",
    "check_gradcheck",
    "check_gradients",
    "check_kind",
    "describe_mismatch",
    "expect_raises",
    "fact",
    "projector",
    "short_repr",
    "strict_equal",
    "to_numpy",
    "tolerance",
    "type_name",
]
