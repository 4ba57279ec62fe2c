"""Accounts merge with union-find over emails (path halving, union by size): O(n log n) for the sorting."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    parent: dict[str, str] = {}
    size: dict[str, int] = {}
    owner: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps the trees shallow
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]

    for name, *emails in accounts:
        for email in emails:
            if email not in parent:
                parent[email], size[email] = email, 1
                owner[email] = name
            union(emails[0], email)

    groups: dict[str, list[str]] = {}
    for email in parent:
        groups.setdefault(find(email), []).append(email)
    merged = [[owner[root]] + sorted(emails) for root, emails in groups.items()]
    merged.sort(key=lambda account: account[1])
    return merged
