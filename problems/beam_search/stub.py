"""Beam search over a step function, with an end token and length normalisation."""


def beam_search(step_fn, bos: int, eos: int, beam_width: int, max_len: int,
                alpha: float = 0.0) -> list[tuple[list[int], float]]:
    raise NotImplementedError("write your solution here")
