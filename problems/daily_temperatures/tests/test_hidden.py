"""Hidden tests for daily_temperatures: random lists against a forward scan, equal temperatures,
the small edge cases, and counted time in four shapes plus one call per shape at the largest
size."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")


def waits_brute(temps):
    """Oracle, O(n^2): scan forward from every day."""
    out = []
    for i, t in enumerate(temps):
        out.append(next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0))
    return out


def waits_fast(temps):
    """Oracle for large inputs, O(n): from the right, a stack of candidate warmer days."""
    out, stack = [0] * len(temps), []
    for i in range(len(temps) - 1, -1, -1):
        while stack and temps[stack[-1]] <= temps[i]:
            stack.pop()
        out[i] = stack[-1] - i if stack else 0
        stack.append(i)
    return out


def waits_and_check(solution, temps, want=None):
    if want is None:
        want = waits_brute(temps)
    check_equal(solution.daily_temperatures(list(temps)), want, call=call_text("daily_temperatures", temps))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small(solution, rng, batch):
    """Random short lists of distinct temperatures, against a forward scan."""
    for _ in range(40):
        waits_and_check(solution, rng.sample(range(-20, 20), rng.randint(1, 14)))


def test_random_long(solution, rng):
    """A long list over the whole range."""
    temps = [rng.randint(-10**9, 10**9) for _ in range(3000)]
    waits_and_check(solution, temps, waits_fast(temps))


@pytest.mark.parametrize("temps", [[5, 3, 1, 2, 4, 6], [9, 1, 2, 3, 4, 10], [3, 2, 1, 0, 10]],
                         ids=["valley", "climb", "one-warm-day"])
def test_one_day_answers_many(solution, temps):
    """One warm day answers every colder day still waiting, not only the latest."""
    waits_and_check(solution, temps)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty(solution):
    """No days: an empty list."""
    waits_and_check(solution, [], [])


@pytest.mark.edge
@pytest.mark.parametrize("temps", [[7], [-3, 8]], ids=["one-day", "two-days"])
def test_short(solution, temps):
    """One or two days: the last day always waits 0."""
    waits_and_check(solution, temps)


@pytest.mark.edge
@pytest.mark.parametrize("temps", [[5, 5, 5, 5], [3, 3, 4, 4, 3, 5], [1, 2, 2, 1, 2, 3], [0, 0, 1, 0, 0, 1]],
                         ids=["level", "steps", "tie-then-warmer", "repeating"])
def test_equal_temperatures(solution, temps):
    """A later day of the same temperature is not warmer."""
    waits_and_check(solution, temps)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(2))
def test_random_many_duplicates(solution, rng, batch):
    """Random lists over three temperatures."""
    for _ in range(40):
        waits_and_check(solution, [rng.randint(0, 2) for _ in range(rng.randint(1, 12))])


@pytest.mark.edge
@pytest.mark.parametrize("temps", [list(range(10, 0, -1)), list(range(-5, 5))], ids=["falling", "rising"])
def test_monotone(solution, temps):
    """Falling temperatures never find a warmer day; rising ones always the next day."""
    waits_and_check(solution, temps)


def _call_and_return_both(module, temps):
    """Call daily_temperatures and send back the answer and temps as it is afterwards."""
    got = module.daily_temperatures(temps)
    return got, temps


@pytest.mark.edge
def test_input_not_modified(worker):
    """temps is not modified."""
    temps = [73, 74, 75, 71, 69, 72, 76, 73]
    call = call_text("daily_temperatures", temps)
    got, after = worker.probe(_call_and_return_both, list(temps), label=call)
    check_equal(got, waits_brute(temps), call=call)
    check(after == temps, f"{call} modified temps: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def random_temps(n, rng):
    """n random temperatures (each shape is self-contained: it also runs in the worker)."""
    return ([rng.randint(-10**9, 10**9) for _ in range(n)],)


def increasing(n, rng):
    """n strictly increasing temperatures (random steps)."""
    temps, t = [], rng.randint(-10**6, 10**6)
    for _ in range(n):
        t += rng.randint(1, 3)
        temps.append(t)
    return (temps,)


def decreasing(n, rng):
    """n strictly decreasing temperatures (random steps): no day ever finds a warmer one."""
    temps, t = [], rng.randint(-10**6, 10**6)
    for _ in range(n):
        t -= rng.randint(1, 3)
        temps.append(t)
    return (temps,)


def all_equal(n, rng):
    """n days of one temperature."""
    return ([rng.randint(-10**9, 10**9)] * n,)


SHAPES = {"random": random_temps, "increasing": increasing, "decreasing": decreasing, "all-equal": all_equal}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_linearly(complexity, shape):
    """Operations counted at 4 sizes, in 4 shapes."""
    complexity.time("daily_temperatures", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"daily_temperatures ({shape})")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_longest_list(solution, rng, shape):
    """The longest list allowed, in each shape, within the time limit."""
    # Measured on 2 busy cores: the reference 0.007-0.013 s per call at 100,000 days; scanning
    # forward needs n^2 / 2 steps on falling or level temperatures (minutes).
    (temps,) = SHAPES[shape](MAX_LEN, rng)
    check_equal(solution.daily_temperatures(temps), waits_fast(temps),
                call=f"daily_temperatures(<{MAX_LEN:,} {shape} temperatures>)")
