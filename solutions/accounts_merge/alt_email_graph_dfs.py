"""Accounts merge as connected components of a graph of emails (each account links its emails to
its first one), found with an explicit-stack depth-first search."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    neighbours: dict[str, list[str]] = {}
    name_of: dict[str, str] = {}
    for account in accounts:
        name, first = account[0], account[1]
        for email in account[1:]:
            name_of[email] = name
            neighbours.setdefault(email, [])
            if email != first:
                neighbours[email].append(first)
                neighbours[first].append(email)

    visited: set[str] = set()
    result = []
    for start in neighbours:
        if start in visited:
            continue
        visited.add(start)
        component, stack = [], [start]
        while stack:
            email = stack.pop()
            component.append(email)
            for other in neighbours[email]:
                if other not in visited:
                    visited.add(other)
                    stack.append(other)
        component.sort()
        result.append([name_of[start], *component])
    result.sort(key=lambda merged: merged[1])
    return result
