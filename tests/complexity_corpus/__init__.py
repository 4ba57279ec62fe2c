"""Labelled corpus of functions with known time and space classes, for harness.complexity."""
