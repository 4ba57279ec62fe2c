"""Complexity checks: counted operations on worst-case inputs, a CPU-time guard, auxiliary space.

How the pieces fit (see DESIGN.md, "Complexity checks"); this package imports nothing itself,
so the worker loads only the modules it uses:

  pure, any process
    growth      the classes O(1) ... worse than O(n^2), parsed from problem.toml
    classify    counts, bytes, depths per size and CPU-time ratios -> a class
    scaling     the CPU guard's fit of a + b*n + c*n^2 at its top sizes (n^2 behind numpy's
                per-call cost)
    evidence    TimeEvidence, SpaceEvidence, GuardEvidence and their wire form (to_dict /
                from_dict, which recomputes every class from the raw numbers rather than
                trusting a classification sent by the untrusted worker)
    explain     the prose a candidate reads, and the measured class in short words
    verdict     ComplexityVerdict, one judged measurement as data for reports

  worker side, next to the submission
    calling     building inputs, fresh instances, refusing patches of sys.settrace & co.
    counting    sys.settrace call+line events with CountedInt elements, so work inside C
                builtins (sorted, `in`, min, dict/set, bisect, heapq, sum) is counted too
    space       tracemalloc peak minus baseline, minus what the returned value holds, plus the
                deepest Python call stack (tracemalloc does not see frames)
    guard       per-call CPU time at n1 and 4..32*n1 without tracing, for work C and numpy do
                on their own; in the sandbox the trusted process reads the worker's CPU clock
                around plain calls (or calls prepared here, for drivers)

The trusted side (harness.trusted.complexity_check) ships the measuring probes to the worker,
rebuilds the evidence from plain numbers, and judges it against the target.
"""
