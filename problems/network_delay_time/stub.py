"""Network Delay Time: when the last node receives a signal sent from node k (-1 if never)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    raise NotImplementedError("write your solution here")
