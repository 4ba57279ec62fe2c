"""Edit Distance: the fewest inserts, deletes and substitutions (cost 1 each) that turn a into b."""


def edit_distance(a: str, b: str) -> int:
    raise NotImplementedError("write your solution here")
