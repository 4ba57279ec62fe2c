"""drill: timed, auto-graded coding practice for Applied Scientist and ML engineer loops."""

__version__ = "0.1.0"
