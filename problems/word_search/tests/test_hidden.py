"""Hidden tests for word_search: random boards against an independent search, cells used once,
the board unchanged after True and after False, thin boards, and a board of one letter with a
word it cannot spell within the time limit."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_SIDE = fact("max_side")
MAX_WORD_LEN = fact("max_word_len")


def traceable(board, word):
    """Oracle: backtracking with a set of used cells (the board is never written to)."""
    rows, cols = len(board), len(board[0])

    def walk(r, c, i, used):
        if board[r][c] != word[i] or (r, c) in used:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        ok = any(0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1, used)
                 for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        used.discard((r, c))
        return ok

    return any(walk(r, c, 0, set()) for r in range(rows) for c in range(cols))


def _exist_and_board(module, board, word):
    """Call exist and send back the answer and the board as it is afterwards."""
    got = module.exist(board, word)
    return got, board


def exist_and_check(worker, board, word, want=None):
    """The answer, and the board unchanged afterwards (checked for every call)."""
    if want is None:
        want = traceable(board, word)
    call = call_text("exist", board, word)
    got, after = worker.probe(_exist_and_board, [list(row) for row in board], word, label=call)
    check_equal(got, want, call=call)
    check(after == board, lambda: f"{call} returned {got!r} but left the board changed: afterwards it was "
                                  f"{short_repr(after, 300)}; restore every cell you mark")


def random_board(rng, rows, cols, letters):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def word_on_path(rng, board, length):
    """A word read along a random self-avoiding path (it exists), or shorter if the path gets stuck."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path, word = {(r, c)}, board[r][c]
    for _ in range(length - 1):
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
        if not steps:
            break
        r, c = rng.choice(steps)
        path.add((r, c))
        word += board[r][c]
    return word


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_boards(worker, rng, batch):
    """Random boards over 2 to 4 letters, words traced on them or random, against the oracle."""
    for _ in range(15):
        letters = "abcd"[: rng.randint(2, 4)]
        board = random_board(rng, rng.randint(1, 4), rng.randint(1, 4), letters)
        if rng.random() < 0.5:
            word = word_on_path(rng, board, rng.randint(1, 7))
        else:
            word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
        exist_and_check(worker, board, word)


@pytest.mark.parametrize(("board", "word"), [
    ([["A", "B"], ["C", "D"]], "ABA"),
    ([["A", "B", "C"]], "ABCB"),
    ([["a", "a"], ["a", "a"]], "aaaaa"),
    ([["a", "b"], ["c", "d"]], "abdca"),
], ids=["back-and-forth", "row-back", "five-on-four", "full-circle"])
def test_cell_used_once(worker, board, word):
    """A trace may not return to a cell it already used."""
    exist_and_check(worker, board, word, False)


def test_classic(worker):
    """The board of the examples with more words."""
    board = [["A", "B", "C", "E"], ["S", "F", "C", "S"], ["A", "D", "E", "E"]]
    for word in ("ABCCED", "SEE", "ABCB", "ESCCBA", "ADFBCCEESE", "SFDA", "ASA", "Abc"):
        exist_and_check(worker, board, word)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("board", "word"), [
    ([["A", "B", "C", "E"], ["S", "F", "C", "S"], ["A", "D", "E", "E"]], "ABCCED"),
    ([["a", "b"], ["c", "d"]], "abdc"),
    ([["x", "y", "z"]], "zyx"),
], ids=["classic", "square", "reversed-row"])
def test_board_unchanged_after_true(worker, board, word):
    """The word is found and the board is exactly as before (marks undone on the way out)."""
    exist_and_check(worker, board, word, True)


@pytest.mark.edge
@pytest.mark.parametrize(("board", "word"), [
    ([["A", "B", "C", "E"], ["S", "F", "C", "S"], ["A", "D", "E", "E"]], "ABCB"),
    ([["a", "a"], ["a", "b"]], "aaab"),
], ids=["classic", "almost"])
def test_board_unchanged_after_false(worker, board, word):
    """The word is not there, after a long search: the board is exactly as before."""
    exist_and_check(worker, board, word)


@pytest.mark.edge
@pytest.mark.parametrize(("board", "word"), [
    ([["a"]], "a"), ([["a"]], "b"), ([["a"]], "aa"), ([["a", "b", "c", "d"]], "dcb"), ([["a"], ["b"], ["c"]], "abc"),
    ([["a"], ["b"], ["c"]], "ac"),
], ids=["one-cell", "one-cell-miss", "one-cell-twice", "one-row", "one-column", "one-column-gap"])
def test_thin_boards(worker, board, word):
    """A single cell, a single row and a single column."""
    exist_and_check(worker, board, word)


@pytest.mark.edge
def test_case_matters(worker):
    """'A' is not 'a'."""
    exist_and_check(worker, [["A", "b"], ["c", "D"]], "ab", False)


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
def test_missing_letter_on_one_letter_board(worker):
    """A board of a's and the longest word aa...ab: answered without searching, within the time limit."""
    # Measured on an idle core: the reference under 1 ms; backtracking without the count check
    # 0.8 s for a 13-letter word and several seconds for 15 letters on the 6x6 board.
    board = [["a"] * MAX_SIDE for _ in range(MAX_SIDE)]
    exist_and_check(worker, board, "a" * (MAX_WORD_LEN - 1) + "b", False)
